"""The assessment stage: a working group's 业务数据 and the configuration -> each project's 考核排名.

「联盟各工作组根据成员馆专项工作开展情况、业务数据等，结合各地区、各馆实际情况，对联盟成员馆各项
业务工作进行考核排名」 (§五（二）). Pure: it reads data files and the campaign config and computes;
the rules check claims against it, forms print it, the site shows it.
"""
