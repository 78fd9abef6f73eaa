// What a form page knows about its form: the kind's fields, choices, limits and templates.
import { schemaValidator } from "./checks.js";
import { Registry, norm } from "./registry.js";
import { templateKeys } from "./yamlout.js";

// The notice ends its list of case themes with 「等方面」: any theme may be proposed (E006 is
// a warning), so it is the one list the form suggests instead of imposing.
const OPEN_LISTS = new Set(["案例主题"]);
const COUNTED = new Set(["主要工作成绩", "主要事迹", "案例名称", "案例简介", "案例正文"]);

export function makeContext(data, kind) {
  const kd = data.kinds[kind];
  const registry = new Registry(data);
  const templateOf = (ownerKey) => {
    const index = kd.templates[ownerKey] ?? Object.values(kd.templates)[0];
    return index === undefined ? "" : data.templates[index];
  };
  const blocks = new Set();
  for (const index of new Set(Object.values(kd.templates))) {
    for (const key of templateKeys(data.templates[index])) if (key.block) blocks.add(key.label);
  }
  const fieldsByLabel = new Map(kd.fields.map((f) => [f.label, f]));
  const closed = new Set(kd.fields.filter((f) => f.choices && !OPEN_LISTS.has(f.label)).map((f) => f.label));

  // The units a folder may nominate (generator/rules/units.py, collectives.py): a city its own
  // libraries (for its one collective, a member library); the office and working groups any
  // library, but for 先进集体 only committee libraries and those under none.
  function units(owner) {
    if (!owner) return [];
    if (owner.type === "city" && kind === "collective") return owner.members.map(([name]) => name);
    if (owner.type === "city") return registry.cityLibraries(owner);
    if (kind === "collective") return [...registry.committeeLibraries(), ...registry.unaffiliatedLibraries()];
    const libraries = registry.allLibraries();
    return kind === "special" ? libraries : [...libraries, ...data.groups];
  }

  function projects(owner) {
    const own = data.projects.filter((p) => owner && p.group === owner.code);
    return (own.length ? own : data.projects).map((p) => p.name);
  }

  return {
    data, kind, kd, registry, blocks, fieldsByLabel, closed, templateOf,
    validate: schemaValidator(kd.schema),
    ownerKeys: new Set(Object.keys(kd.templates)),
    choicesFor(field, owner) {
      if (field.label === "单位") return units(owner);
      // A partner may be any alliance library or working group, whoever nominates the case.
      if (field.label === "合作单位") return [...registry.allLibraries(), ...data.groups];
      if (field.label === "推荐单位") return owner && owner.type === "city" ? [owner.committee] : [];
      if (field.label === "经办人") return owner && owner.liaison ? [owner.liaison] : [];
      if (field.label === "专项工作") return projects(owner);
      return field.choices || [];
    },
    /** Beside each 推荐依据, the criterion of the award that speaks of it. */
    choiceTexts(label) {
      if (label !== "推荐依据" || !kd.award) return {};
      const texts = {};
      for (const basis of data.bases) {
        const criterion = kd.award.criteria.find((c) => c.text.includes(basis));
        if (criterion) texts[basis] = criterion.text;
      }
      return texts;
    },
    counted(label) {
      return COUNTED.has(label);
    },
    limit(label) {
      if (label === "主要事迹") return data.deeds_max_chars;
      return data.case_limits[label] ?? null;
    },
    /** Whether the limit is the site's advice (a warning), not the notice's (an error). */
    isAdvice(label) {
      return label in data.case_limits;
    },
    /** A 专项工作 as written in a file (name or 别名) -> the project's name. */
    canonicalProject(name) {
      const project = data.projects.find((p) => [p.name, ...p.aliases].some((n) => norm(n) === norm(name)));
      return project ? project.name : name;
    },
  };
}
