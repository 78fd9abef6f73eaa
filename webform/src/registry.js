// The registry as the form data gives it: owners (cities, working groups, the office) and
// their libraries. Names compare as the validator compares them (spaces of any width ignored).
import { PY_SPACE } from "./pytext.js";

const SPACES = new RegExp(`[${PY_SPACE}]+`, "gu");

/** generator.models.names.norm */
export function norm(text) {
  return text.replace(SPACES, "");
}

export class Registry {
  constructor(data) {
    this.owners = data.owners;
    this.byKey = new Map(data.owners.map((o) => [o.key, o]));
    this.groups = data.groups;
    this.joined = new Map();
    this.cityOfLib = new Map();
    this.committees = new Set();
    for (const o of data.owners.filter((x) => x.type === "city")) {
      this.joined.set(norm(o.committee), o.committee_joined);
      this.cityOfLib.set(norm(o.committee), o);
      this.committees.add(norm(o.committee));
      for (const [name, joined] of o.members) {
        this.joined.set(norm(name), joined);
        this.cityOfLib.set(norm(name), o);
      }
    }
    this.others = data.other_libraries.map(([name]) => name);
    for (const [name, joined] of data.other_libraries) this.joined.set(norm(name), joined);
  }

  owner(key) {
    return this.byKey.get(key) || null;
  }

  /** The names of a city's alliance libraries, its committee library first. */
  cityLibraries(owner) {
    return [owner.committee, ...owner.members.map(([name]) => name)];
  }

  allLibraries() {
    const names = [];
    for (const o of this.owners.filter((x) => x.type === "city")) names.push(...this.cityLibraries(o));
    return [...names, ...this.others];
  }

  isLibrary(name) {
    return this.joined.has(norm(name));
  }

  isGroup(name) {
    return this.groups.some((g) => norm(g) === norm(name));
  }

  isCommittee(name) {
    return this.committees.has(norm(name));
  }

  joinedOf(name) {
    return this.joined.get(norm(name)) || null;
  }

  cityOf(name) {
    return this.cityOfLib.get(norm(name)) || null;
  }

  /** A library under no committee library (the registry's 其他成员馆). */
  isUnaffiliated(name) {
    return this.joined.has(norm(name)) && !this.cityOfLib.has(norm(name));
  }

  committeeLibraries() {
    return this.owners.filter((x) => x.type === "city").map((o) => o.committee);
  }

  unaffiliatedLibraries() {
    return this.others;
  }

  /** Why a unit is not the city's (generator/rules/units.py elsewhere()). */
  elsewhere(owner, name) {
    const other = this.cityOf(name);
    if (other && other.code !== owner.code) return `它是${other.name}的图书馆，应由${other.committee}推荐。`;
    if (this.isLibrary(name) || this.isGroup(name)) return "它不属于任何一市的委员馆，应由联盟办或工作组推荐。";
    return "联盟名录中没有这个单位。";
  }

  inCity(owner, name) {
    return this.cityLibraries(owner).some((n) => norm(n) === norm(name));
  }
}
