/**
 * This file was generated from spec/flexjob.yaml by `npm run codegen`.
 * Do not make direct changes to the file.
 */
// Bundled in: ajv's runtime/ucs2length and ajv-formats' formats (MIT, (c) Evgeny Poberezkin and contributors).
"use strict";
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.formatNames = exports2.fastFormats = exports2.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports2.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports2.fastFormats = {
      ...exports2.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports2.formatNames = Object.keys(exports2.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// <stdin>
exports.FlexjobAllocationResponse = validate21;
var schema6 = { "type": "object", "additionalProperties": false, "required": ["flexjobAllocationResponseType"], "properties": { "flexjobAllocationResponseType": { "$ref": "#/components/schemas/FlexjobAllocationResponseType", "x-location": "#/components/schemas/FlexjobAllocationResponse/properties/flexjobAllocationResponseType" } }, "x-location": "#/components/schemas/FlexjobAllocationResponse" };
var schema7 = { "type": "object", "additionalProperties": false, "required": ["caseElementFlowState", "company", "jobCenter", "companyCaseHandling", "caseworkerCaseHandling", "companyBusinessIdentifier", "companyPublicIdentifier", "caseElementIdentifier", "offerIdentifier", "flexjobAllocation"], "properties": { "caseElementFlowState": { "$ref": "#/components/schemas/CaseElementFlowStateType", "x-location": "#/components/schemas/FlexjobAllocationResponseType/properties/caseElementFlowState" }, "company": { "$ref": "#/components/schemas/CompanyType", "x-location": "#/components/schemas/FlexjobAllocationResponseType/properties/company" }, "jobCenter": { "$ref": "#/components/schemas/JobCenterType", "x-location": "#/components/schemas/FlexjobAllocationResponseType/properties/jobCenter" }, "companyCaseHandling": { "$ref": "#/components/schemas/CompanyCaseHandlingType", "x-location": "#/components/schemas/FlexjobAllocationResponseType/properties/companyCaseHandling" }, "caseworkerCaseHandling": { "$ref": "#/components/schemas/CaseWorkerCaseHandlingType", "x-location": "#/components/schemas/FlexjobAllocationResponseType/properties/caseworkerCaseHandling" }, "companyBusinessIdentifier": { "$ref": "#/components/schemas/VirksomhedTypeCodeList", "x-location": "#/components/schemas/FlexjobAllocationResponseType/properties/companyBusinessIdentifier" }, "companyPublicIdentifier": { "$ref": "#/components/schemas/OffentligVirksomhedTypeCodeList", "x-location": "#/components/schemas/FlexjobAllocationResponseType/properties/companyPublicIdentifier" }, "caseElementIdentifier": { "type": "string", "format": "uuid", "x-location": "#/components/schemas/FlexjobAllocationResponseType/properties/caseElementIdentifier" }, "offerIdentifier": { "type": "string", "format": "uuid", "x-location": "#/components/schemas/FlexjobAllocationResponseType/properties/offerIdentifier" }, "flexjobAllocation": { "$ref": "#/components/schemas/FlexjobAllocationType", "x-location": "#/components/schemas/FlexjobAllocationResponseType/properties/flexjobAllocation" } }, "x-location": "#/components/schemas/FlexjobAllocationResponseType" };
var func2 = Object.prototype.hasOwnProperty;
var schema8 = { "type": "object", "additionalProperties": false, "required": ["vitasCaseId", "vitasUrl", "obtainedByExternalOperator"], "properties": { "jobOfferStatusIdentifier": { "$ref": "#/components/schemas/AnsoegningStatusTypeCodeList", "x-location": "#/components/schemas/CaseElementFlowStateType/properties/jobOfferStatusIdentifier" }, "jobAllocationStatusIdentifier": { "$ref": "#/components/schemas/BevillingsstatusTypeCodeList", "x-location": "#/components/schemas/CaseElementFlowStateType/properties/jobAllocationStatusIdentifier" }, "vitasCaseId": { "type": "string", "minLength": 1, "maxLength": 20, "x-location": "#/components/schemas/CaseElementFlowStateType/properties/vitasCaseId" }, "vitasUrl": { "type": "string", "minLength": 1, "maxLength": 4e3, "x-location": "#/components/schemas/CaseElementFlowStateType/properties/vitasUrl" }, "obtainedByExternalOperator": { "type": "boolean", "x-location": "#/components/schemas/CaseElementFlowStateType/properties/obtainedByExternalOperator" }, "externalOperator": { "$ref": "#/components/schemas/CompanyIdentifierType", "x-location": "#/components/schemas/CaseElementFlowStateType/properties/externalOperator" }, "responsibleCaseworker": { "$ref": "#/components/schemas/CaseworkerType", "x-location": "#/components/schemas/CaseElementFlowStateType/properties/responsibleCaseworker" }, "decisionDate": { "type": "string", "format": "date-time", "x-location": "#/components/schemas/CaseElementFlowStateType/properties/decisionDate" } }, "x-location": "#/components/schemas/CaseElementFlowStateType" };
var schema9 = { "type": "integer", "format": "int32", "description": "Status of the flexjob offer (ans\xF8gning). STAR code list; its members are not published. Illustrative values only, e.g. received, under processing, answered.", "x-location": "#/components/schemas/AnsoegningStatusTypeCodeList" };
var formats0 = require_formats().fullFormats.int32;
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema9.type, parentSchema: schema9, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number" && isFinite(data)) {
    if (!formats0.validate(data)) {
      const err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"', schema: "int32", parentSchema: schema9, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
var schema10 = { "type": "integer", "format": "int32", "description": 'Status of the flexjob grant (bevilling). STAR code list; its members are not published except that one is named "Ukendt" (unknown), which gives fault 80003. Illustrative values only: Ukendt, under behandling, bevilget, afsl\xE5et, oph\xF8rt.', "x-location": "#/components/schemas/BevillingsstatusTypeCodeList" };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema10.type, parentSchema: schema10, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number" && isFinite(data)) {
    if (!formats0.validate(data)) {
      const err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"', schema: "int32", parentSchema: schema10, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate26.errors = vErrors;
  return errors === 0;
}
var schema11 = { "type": "object", "additionalProperties": false, "required": ["cvRnumberIdentifier", "productionUnitIdentifier"], "properties": { "cvRnumberIdentifier": { "$ref": "#/components/schemas/CvrNummerDto", "x-location": "#/components/schemas/CompanyIdentifierType/properties/cvRnumberIdentifier" }, "productionUnitIdentifier": { "$ref": "#/components/schemas/ProduktionsenhedIdDto", "x-location": "#/components/schemas/CompanyIdentifierType/properties/productionUnitIdentifier" } }, "x-location": "#/components/schemas/CompanyIdentifierType" };
var schema12 = { "type": "object", "description": "A CVR number (8 digits in practice; the service imposes no pattern).", "additionalProperties": false, "properties": { "value": { "x-personal-data": "none", "type": "string", "x-location": "#/components/schemas/CvrNummerDto/properties/value" } }, "x-location": "#/components/schemas/CvrNummerDto" };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "value")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      let data0 = data.value;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.value.type, parentSchema: schema12.properties.value, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
var schema13 = { "type": "object", "description": "A P-number, the id of a production unit (10 digits in practice; the service imposes no pattern).", "additionalProperties": false, "properties": { "value": { "x-personal-data": "none", "type": "string", "x-location": "#/components/schemas/ProduktionsenhedIdDto/properties/value" } }, "x-location": "#/components/schemas/ProduktionsenhedIdDto" };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "value")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      let data0 = data.value;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.value.type, parentSchema: schema13.properties.value, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.cvRnumberIdentifier === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cvRnumberIdentifier" }, message: "must have required property 'cvRnumberIdentifier'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.productionUnitIdentifier === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "productionUnitIdentifier" }, message: "must have required property 'productionUnitIdentifier'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "cvRnumberIdentifier" || key0 === "productionUnitIdentifier")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.cvRnumberIdentifier !== void 0) {
      if (!validate29(data.cvRnumberIdentifier, { instancePath: instancePath + "/cvRnumberIdentifier", parentData: data, parentDataProperty: "cvRnumberIdentifier", rootData })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.productionUnitIdentifier !== void 0) {
      if (!validate31(data.productionUnitIdentifier, { instancePath: instancePath + "/productionUnitIdentifier", parentData: data, parentDataProperty: "productionUnitIdentifier", rootData })) {
        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
var schema14 = { "type": "object", "additionalProperties": false, "required": ["responsibleCaseworkerName"], "properties": { "responsibleCaseworkerName": { "$ref": "#/components/schemas/PersonNavnDto", "x-location": "#/components/schemas/CaseworkerType/properties/responsibleCaseworkerName" }, "responsibleCaseworkerMail": { "$ref": "#/components/schemas/EmailAdresseDto", "x-location": "#/components/schemas/CaseworkerType/properties/responsibleCaseworkerMail" } }, "x-location": "#/components/schemas/CaseworkerType" };
var schema15 = { "type": "object", "additionalProperties": false, "required": ["fornavn", "efternavn"], "properties": { "fornavn": { "x-personal-data": "given-name", "type": "string", "minLength": 1, "maxLength": 50, "x-location": "#/components/schemas/PersonNavnDto/properties/fornavn" }, "mellemnavn": { "x-personal-data": "middle-name", "type": "string", "minLength": 0, "maxLength": 40, "x-location": "#/components/schemas/PersonNavnDto/properties/mellemnavn" }, "efternavn": { "x-personal-data": "family-name", "type": "string", "minLength": 1, "maxLength": 40, "x-location": "#/components/schemas/PersonNavnDto/properties/efternavn" } }, "x-location": "#/components/schemas/PersonNavnDto" };
var func3 = require_ucs2length().default;
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.fornavn === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "fornavn" }, message: "must have required property 'fornavn'", schema: schema15.required, parentSchema: schema15, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.efternavn === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "efternavn" }, message: "must have required property 'efternavn'", schema: schema15.required, parentSchema: schema15, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "fornavn" || key0 === "mellemnavn" || key0 === "efternavn")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.fornavn !== void 0) {
      let data0 = data.fornavn;
      if (typeof data0 === "string") {
        if (func3(data0) > 50) {
          const err3 = { instancePath: instancePath + "/fornavn", schemaPath: "#/properties/fornavn/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema15.properties.fornavn, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func3(data0) < 1) {
          const err4 = { instancePath: instancePath + "/fornavn", schemaPath: "#/properties/fornavn/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.fornavn, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/fornavn", schemaPath: "#/properties/fornavn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.fornavn.type, parentSchema: schema15.properties.fornavn, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.mellemnavn !== void 0) {
      let data1 = data.mellemnavn;
      if (typeof data1 === "string") {
        if (func3(data1) > 40) {
          const err6 = { instancePath: instancePath + "/mellemnavn", schemaPath: "#/properties/mellemnavn/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters", schema: 40, parentSchema: schema15.properties.mellemnavn, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func3(data1) < 0) {
          const err7 = { instancePath: instancePath + "/mellemnavn", schemaPath: "#/properties/mellemnavn/minLength", keyword: "minLength", params: { limit: 0 }, message: "must NOT have fewer than 0 characters", schema: 0, parentSchema: schema15.properties.mellemnavn, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/mellemnavn", schemaPath: "#/properties/mellemnavn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.mellemnavn.type, parentSchema: schema15.properties.mellemnavn, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.efternavn !== void 0) {
      let data2 = data.efternavn;
      if (typeof data2 === "string") {
        if (func3(data2) > 40) {
          const err9 = { instancePath: instancePath + "/efternavn", schemaPath: "#/properties/efternavn/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters", schema: 40, parentSchema: schema15.properties.efternavn, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (func3(data2) < 1) {
          const err10 = { instancePath: instancePath + "/efternavn", schemaPath: "#/properties/efternavn/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.efternavn, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/efternavn", schemaPath: "#/properties/efternavn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.efternavn.type, parentSchema: schema15.properties.efternavn, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
var schema16 = { "type": "object", "description": "An e-mail address (the service imposes no format).", "additionalProperties": false, "properties": { "value": { "x-personal-data": "email", "type": "string", "x-location": "#/components/schemas/EmailAdresseDto/properties/value" } }, "x-location": "#/components/schemas/EmailAdresseDto" };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "value")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      let data0 = data.value;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.value.type, parentSchema: schema16.properties.value, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.responsibleCaseworkerName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "responsibleCaseworkerName" }, message: "must have required property 'responsibleCaseworkerName'", schema: schema14.required, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "responsibleCaseworkerName" || key0 === "responsibleCaseworkerMail")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.responsibleCaseworkerName !== void 0) {
      if (!validate35(data.responsibleCaseworkerName, { instancePath: instancePath + "/responsibleCaseworkerName", parentData: data, parentDataProperty: "responsibleCaseworkerName", rootData })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.responsibleCaseworkerMail !== void 0) {
      if (!validate37(data.responsibleCaseworkerMail, { instancePath: instancePath + "/responsibleCaseworkerMail", parentData: data, parentDataProperty: "responsibleCaseworkerMail", rootData })) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
var formats4 = require_formats().fullFormats["date-time"];
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.vitasCaseId === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "vitasCaseId" }, message: "must have required property 'vitasCaseId'", schema: schema8.required, parentSchema: schema8, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.vitasUrl === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "vitasUrl" }, message: "must have required property 'vitasUrl'", schema: schema8.required, parentSchema: schema8, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.obtainedByExternalOperator === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "obtainedByExternalOperator" }, message: "must have required property 'obtainedByExternalOperator'", schema: schema8.required, parentSchema: schema8, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "jobOfferStatusIdentifier" || key0 === "jobAllocationStatusIdentifier" || key0 === "vitasCaseId" || key0 === "vitasUrl" || key0 === "obtainedByExternalOperator" || key0 === "externalOperator" || key0 === "responsibleCaseworker" || key0 === "decisionDate")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.jobOfferStatusIdentifier !== void 0) {
      if (!validate24(data.jobOfferStatusIdentifier, { instancePath: instancePath + "/jobOfferStatusIdentifier", parentData: data, parentDataProperty: "jobOfferStatusIdentifier", rootData })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.jobAllocationStatusIdentifier !== void 0) {
      if (!validate26(data.jobAllocationStatusIdentifier, { instancePath: instancePath + "/jobAllocationStatusIdentifier", parentData: data, parentDataProperty: "jobAllocationStatusIdentifier", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.vitasCaseId !== void 0) {
      let data2 = data.vitasCaseId;
      if (typeof data2 === "string") {
        if (func3(data2) > 20) {
          const err4 = { instancePath: instancePath + "/vitasCaseId", schemaPath: "#/properties/vitasCaseId/maxLength", keyword: "maxLength", params: { limit: 20 }, message: "must NOT have more than 20 characters", schema: 20, parentSchema: schema8.properties.vitasCaseId, data: data2 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func3(data2) < 1) {
          const err5 = { instancePath: instancePath + "/vitasCaseId", schemaPath: "#/properties/vitasCaseId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8.properties.vitasCaseId, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/vitasCaseId", schemaPath: "#/properties/vitasCaseId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.properties.vitasCaseId.type, parentSchema: schema8.properties.vitasCaseId, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.vitasUrl !== void 0) {
      let data3 = data.vitasUrl;
      if (typeof data3 === "string") {
        if (func3(data3) > 4e3) {
          const err7 = { instancePath: instancePath + "/vitasUrl", schemaPath: "#/properties/vitasUrl/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters", schema: 4e3, parentSchema: schema8.properties.vitasUrl, data: data3 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func3(data3) < 1) {
          const err8 = { instancePath: instancePath + "/vitasUrl", schemaPath: "#/properties/vitasUrl/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8.properties.vitasUrl, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/vitasUrl", schemaPath: "#/properties/vitasUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.properties.vitasUrl.type, parentSchema: schema8.properties.vitasUrl, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.obtainedByExternalOperator !== void 0) {
      let data4 = data.obtainedByExternalOperator;
      if (typeof data4 !== "boolean") {
        const err10 = { instancePath: instancePath + "/obtainedByExternalOperator", schemaPath: "#/properties/obtainedByExternalOperator/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema8.properties.obtainedByExternalOperator.type, parentSchema: schema8.properties.obtainedByExternalOperator, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.externalOperator !== void 0) {
      if (!validate28(data.externalOperator, { instancePath: instancePath + "/externalOperator", parentData: data, parentDataProperty: "externalOperator", rootData })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.responsibleCaseworker !== void 0) {
      if (!validate34(data.responsibleCaseworker, { instancePath: instancePath + "/responsibleCaseworker", parentData: data, parentDataProperty: "responsibleCaseworker", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.decisionDate !== void 0) {
      let data7 = data.decisionDate;
      if (typeof data7 === "string") {
        if (!formats4.validate(data7)) {
          const err11 = { instancePath: instancePath + "/decisionDate", schemaPath: "#/properties/decisionDate/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema8.properties.decisionDate, data: data7 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/decisionDate", schemaPath: "#/properties/decisionDate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.properties.decisionDate.type, parentSchema: schema8.properties.decisionDate, data: data7 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.type, parentSchema: schema8, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
var schema17 = { "type": "object", "additionalProperties": false, "required": ["companyIdentifier", "companyName", "companyPhoneNumber", "companyAddress", "companyResponsible"], "properties": { "companyIdentifier": { "$ref": "#/components/schemas/CompanyIdentifierType", "x-location": "#/components/schemas/CompanyType/properties/companyIdentifier" }, "companyName": { "type": "string", "minLength": 1, "maxLength": 1200, "x-location": "#/components/schemas/CompanyType/properties/companyName" }, "companyPhoneNumber": { "x-personal-data": "phone", "type": "string", "minLength": 3, "maxLength": 21, "x-location": "#/components/schemas/CompanyType/properties/companyPhoneNumber" }, "companyAddress": { "$ref": "#/components/schemas/AdresseDto", "x-location": "#/components/schemas/CompanyType/properties/companyAddress" }, "companyInformation": { "type": "string", "minLength": 1, "maxLength": 16e3, "x-location": "#/components/schemas/CompanyType/properties/companyInformation" }, "workplaceAddress": { "$ref": "#/components/schemas/AdresseDto", "x-location": "#/components/schemas/CompanyType/properties/workplaceAddress" }, "companyResponsible": { "$ref": "#/components/schemas/CompanyResponsibleType", "x-location": "#/components/schemas/CompanyType/properties/companyResponsible" }, "workplaceResponsible": { "$ref": "#/components/schemas/WorkPlaceResponsibleType", "x-location": "#/components/schemas/CompanyType/properties/workplaceResponsible" } }, "x-location": "#/components/schemas/CompanyType" };
var schema18 = { "type": "object", "additionalProperties": false, "required": ["vejnavn", "husnummer", "bynavn"], "properties": { "vejnavn": { "type": "string", "minLength": 1, "maxLength": 40, "x-location": "#/components/schemas/AdresseDto/properties/vejnavn" }, "forkortetVejnavn": { "type": "string", "minLength": 1, "maxLength": 20, "x-location": "#/components/schemas/AdresseDto/properties/forkortetVejnavn" }, "husnummer": { "type": "string", "minLength": 1, "x-location": "#/components/schemas/AdresseDto/properties/husnummer" }, "etage": { "type": "string", "x-location": "#/components/schemas/AdresseDto/properties/etage" }, "sidedoer": { "type": "string", "maxLength": 4, "x-location": "#/components/schemas/AdresseDto/properties/sidedoer" }, "bygningNavn": { "type": "string", "minLength": 1, "maxLength": 34, "x-location": "#/components/schemas/AdresseDto/properties/bygningNavn" }, "bynavn": { "type": "string", "minLength": 1, "maxLength": 20, "x-location": "#/components/schemas/AdresseDto/properties/bynavn" }, "distriktNavn": { "type": "string", "minLength": 1, "maxLength": 34, "x-location": "#/components/schemas/AdresseDto/properties/distriktNavn" }, "postboksnummer": { "type": "integer", "format": "int32", "minimum": 1, "maximum": 9999, "x-location": "#/components/schemas/AdresseDto/properties/postboksnummer" }, "postnummer": { "type": "string", "pattern": "^[0-9]{4}$", "description": "Postnummer", "x-location": "#/components/schemas/AdresseDto/properties/postnummer" }, "landekode": { "type": "string", "pattern": "^[A-Z]{2}$", "description": "Landekode (ISO 3166-1 alfa-2).", "x-location": "#/components/schemas/AdresseDto/properties/landekode" } }, "x-location": "#/components/schemas/AdresseDto" };
var pattern0 = new RegExp("^[0-9]{4}$", "u");
var pattern1 = new RegExp("^[A-Z]{2}$", "u");
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.vejnavn === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "vejnavn" }, message: "must have required property 'vejnavn'", schema: schema18.required, parentSchema: schema18, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.husnummer === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "husnummer" }, message: "must have required property 'husnummer'", schema: schema18.required, parentSchema: schema18, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.bynavn === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "bynavn" }, message: "must have required property 'bynavn'", schema: schema18.required, parentSchema: schema18, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema18.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.vejnavn !== void 0) {
      let data0 = data.vejnavn;
      if (typeof data0 === "string") {
        if (func3(data0) > 40) {
          const err4 = { instancePath: instancePath + "/vejnavn", schemaPath: "#/properties/vejnavn/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters", schema: 40, parentSchema: schema18.properties.vejnavn, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func3(data0) < 1) {
          const err5 = { instancePath: instancePath + "/vejnavn", schemaPath: "#/properties/vejnavn/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.vejnavn, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/vejnavn", schemaPath: "#/properties/vejnavn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.vejnavn.type, parentSchema: schema18.properties.vejnavn, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.forkortetVejnavn !== void 0) {
      let data1 = data.forkortetVejnavn;
      if (typeof data1 === "string") {
        if (func3(data1) > 20) {
          const err7 = { instancePath: instancePath + "/forkortetVejnavn", schemaPath: "#/properties/forkortetVejnavn/maxLength", keyword: "maxLength", params: { limit: 20 }, message: "must NOT have more than 20 characters", schema: 20, parentSchema: schema18.properties.forkortetVejnavn, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func3(data1) < 1) {
          const err8 = { instancePath: instancePath + "/forkortetVejnavn", schemaPath: "#/properties/forkortetVejnavn/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.forkortetVejnavn, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/forkortetVejnavn", schemaPath: "#/properties/forkortetVejnavn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.forkortetVejnavn.type, parentSchema: schema18.properties.forkortetVejnavn, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.husnummer !== void 0) {
      let data2 = data.husnummer;
      if (typeof data2 === "string") {
        if (func3(data2) < 1) {
          const err10 = { instancePath: instancePath + "/husnummer", schemaPath: "#/properties/husnummer/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.husnummer, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/husnummer", schemaPath: "#/properties/husnummer/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.husnummer.type, parentSchema: schema18.properties.husnummer, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.etage !== void 0) {
      let data3 = data.etage;
      if (typeof data3 !== "string") {
        const err12 = { instancePath: instancePath + "/etage", schemaPath: "#/properties/etage/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.etage.type, parentSchema: schema18.properties.etage, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.sidedoer !== void 0) {
      let data4 = data.sidedoer;
      if (typeof data4 === "string") {
        if (func3(data4) > 4) {
          const err13 = { instancePath: instancePath + "/sidedoer", schemaPath: "#/properties/sidedoer/maxLength", keyword: "maxLength", params: { limit: 4 }, message: "must NOT have more than 4 characters", schema: 4, parentSchema: schema18.properties.sidedoer, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/sidedoer", schemaPath: "#/properties/sidedoer/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.sidedoer.type, parentSchema: schema18.properties.sidedoer, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.bygningNavn !== void 0) {
      let data5 = data.bygningNavn;
      if (typeof data5 === "string") {
        if (func3(data5) > 34) {
          const err15 = { instancePath: instancePath + "/bygningNavn", schemaPath: "#/properties/bygningNavn/maxLength", keyword: "maxLength", params: { limit: 34 }, message: "must NOT have more than 34 characters", schema: 34, parentSchema: schema18.properties.bygningNavn, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (func3(data5) < 1) {
          const err16 = { instancePath: instancePath + "/bygningNavn", schemaPath: "#/properties/bygningNavn/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.bygningNavn, data: data5 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/bygningNavn", schemaPath: "#/properties/bygningNavn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.bygningNavn.type, parentSchema: schema18.properties.bygningNavn, data: data5 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.bynavn !== void 0) {
      let data6 = data.bynavn;
      if (typeof data6 === "string") {
        if (func3(data6) > 20) {
          const err18 = { instancePath: instancePath + "/bynavn", schemaPath: "#/properties/bynavn/maxLength", keyword: "maxLength", params: { limit: 20 }, message: "must NOT have more than 20 characters", schema: 20, parentSchema: schema18.properties.bynavn, data: data6 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (func3(data6) < 1) {
          const err19 = { instancePath: instancePath + "/bynavn", schemaPath: "#/properties/bynavn/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.bynavn, data: data6 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/bynavn", schemaPath: "#/properties/bynavn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.bynavn.type, parentSchema: schema18.properties.bynavn, data: data6 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.distriktNavn !== void 0) {
      let data7 = data.distriktNavn;
      if (typeof data7 === "string") {
        if (func3(data7) > 34) {
          const err21 = { instancePath: instancePath + "/distriktNavn", schemaPath: "#/properties/distriktNavn/maxLength", keyword: "maxLength", params: { limit: 34 }, message: "must NOT have more than 34 characters", schema: 34, parentSchema: schema18.properties.distriktNavn, data: data7 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (func3(data7) < 1) {
          const err22 = { instancePath: instancePath + "/distriktNavn", schemaPath: "#/properties/distriktNavn/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.distriktNavn, data: data7 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/distriktNavn", schemaPath: "#/properties/distriktNavn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.distriktNavn.type, parentSchema: schema18.properties.distriktNavn, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.postboksnummer !== void 0) {
      let data8 = data.postboksnummer;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
        const err24 = { instancePath: instancePath + "/postboksnummer", schemaPath: "#/properties/postboksnummer/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.properties.postboksnummer.type, parentSchema: schema18.properties.postboksnummer, data: data8 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 > 9999 || isNaN(data8)) {
          const err25 = { instancePath: instancePath + "/postboksnummer", schemaPath: "#/properties/postboksnummer/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9999 }, message: "must be <= 9999", schema: 9999, parentSchema: schema18.properties.postboksnummer, data: data8 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data8 < 1 || isNaN(data8)) {
          const err26 = { instancePath: instancePath + "/postboksnummer", schemaPath: "#/properties/postboksnummer/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema18.properties.postboksnummer, data: data8 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (!formats0.validate(data8)) {
          const err27 = { instancePath: instancePath + "/postboksnummer", schemaPath: "#/properties/postboksnummer/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"', schema: "int32", parentSchema: schema18.properties.postboksnummer, data: data8 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
    }
    if (data.postnummer !== void 0) {
      let data9 = data.postnummer;
      if (typeof data9 === "string") {
        if (!pattern0.test(data9)) {
          const err28 = { instancePath: instancePath + "/postnummer", schemaPath: "#/properties/postnummer/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}$" }, message: 'must match pattern "^[0-9]{4}$"', schema: "^[0-9]{4}$", parentSchema: schema18.properties.postnummer, data: data9 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/postnummer", schemaPath: "#/properties/postnummer/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.postnummer.type, parentSchema: schema18.properties.postnummer, data: data9 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.landekode !== void 0) {
      let data10 = data.landekode;
      if (typeof data10 === "string") {
        if (!pattern1.test(data10)) {
          const err30 = { instancePath: instancePath + "/landekode", schemaPath: "#/properties/landekode/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}$" }, message: 'must match pattern "^[A-Z]{2}$"', schema: "^[A-Z]{2}$", parentSchema: schema18.properties.landekode, data: data10 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      } else {
        const err31 = { instancePath: instancePath + "/landekode", schemaPath: "#/properties/landekode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.landekode.type, parentSchema: schema18.properties.landekode, data: data10 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
  } else {
    const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate43.errors = vErrors;
  return errors === 0;
}
var schema19 = { "type": "object", "additionalProperties": false, "required": ["companyResponsibleName", "companyResponsiblePhoneNumber", "companyResponsibleEmailAddress"], "properties": { "companyResponsibleName": { "$ref": "#/components/schemas/PersonNavnDto", "x-location": "#/components/schemas/CompanyResponsibleType/properties/companyResponsibleName" }, "companyResponsiblePhoneNumber": { "x-personal-data": "phone", "type": "string", "minLength": 1, "maxLength": 20, "x-location": "#/components/schemas/CompanyResponsibleType/properties/companyResponsiblePhoneNumber" }, "companyResponsibleEmailAddress": { "$ref": "#/components/schemas/EmailAdresseDto", "x-location": "#/components/schemas/CompanyResponsibleType/properties/companyResponsibleEmailAddress" } }, "x-location": "#/components/schemas/CompanyResponsibleType" };
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.companyResponsibleName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "companyResponsibleName" }, message: "must have required property 'companyResponsibleName'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.companyResponsiblePhoneNumber === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "companyResponsiblePhoneNumber" }, message: "must have required property 'companyResponsiblePhoneNumber'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.companyResponsibleEmailAddress === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "companyResponsibleEmailAddress" }, message: "must have required property 'companyResponsibleEmailAddress'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "companyResponsibleName" || key0 === "companyResponsiblePhoneNumber" || key0 === "companyResponsibleEmailAddress")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.companyResponsibleName !== void 0) {
      if (!validate35(data.companyResponsibleName, { instancePath: instancePath + "/companyResponsibleName", parentData: data, parentDataProperty: "companyResponsibleName", rootData })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.companyResponsiblePhoneNumber !== void 0) {
      let data1 = data.companyResponsiblePhoneNumber;
      if (typeof data1 === "string") {
        if (func3(data1) > 20) {
          const err4 = { instancePath: instancePath + "/companyResponsiblePhoneNumber", schemaPath: "#/properties/companyResponsiblePhoneNumber/maxLength", keyword: "maxLength", params: { limit: 20 }, message: "must NOT have more than 20 characters", schema: 20, parentSchema: schema19.properties.companyResponsiblePhoneNumber, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func3(data1) < 1) {
          const err5 = { instancePath: instancePath + "/companyResponsiblePhoneNumber", schemaPath: "#/properties/companyResponsiblePhoneNumber/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.companyResponsiblePhoneNumber, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/companyResponsiblePhoneNumber", schemaPath: "#/properties/companyResponsiblePhoneNumber/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.companyResponsiblePhoneNumber.type, parentSchema: schema19.properties.companyResponsiblePhoneNumber, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.companyResponsibleEmailAddress !== void 0) {
      if (!validate37(data.companyResponsibleEmailAddress, { instancePath: instancePath + "/companyResponsibleEmailAddress", parentData: data, parentDataProperty: "companyResponsibleEmailAddress", rootData })) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate46.errors = vErrors;
  return errors === 0;
}
var schema20 = { "type": "object", "description": "Same elements as CompanyResponsibleType, but only the name is required.", "additionalProperties": false, "required": ["companyResponsibleName"], "properties": { "companyResponsibleName": { "$ref": "#/components/schemas/PersonNavnDto", "x-location": "#/components/schemas/WorkPlaceResponsibleType/properties/companyResponsibleName" }, "companyResponsiblePhoneNumber": { "x-personal-data": "phone", "type": "string", "minLength": 1, "maxLength": 20, "x-location": "#/components/schemas/WorkPlaceResponsibleType/properties/companyResponsiblePhoneNumber" }, "companyResponsibleEmailAddress": { "$ref": "#/components/schemas/EmailAdresseDto", "x-location": "#/components/schemas/WorkPlaceResponsibleType/properties/companyResponsibleEmailAddress" } }, "x-location": "#/components/schemas/WorkPlaceResponsibleType" };
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.companyResponsibleName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "companyResponsibleName" }, message: "must have required property 'companyResponsibleName'", schema: schema20.required, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "companyResponsibleName" || key0 === "companyResponsiblePhoneNumber" || key0 === "companyResponsibleEmailAddress")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.companyResponsibleName !== void 0) {
      if (!validate35(data.companyResponsibleName, { instancePath: instancePath + "/companyResponsibleName", parentData: data, parentDataProperty: "companyResponsibleName", rootData })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.companyResponsiblePhoneNumber !== void 0) {
      let data1 = data.companyResponsiblePhoneNumber;
      if (typeof data1 === "string") {
        if (func3(data1) > 20) {
          const err2 = { instancePath: instancePath + "/companyResponsiblePhoneNumber", schemaPath: "#/properties/companyResponsiblePhoneNumber/maxLength", keyword: "maxLength", params: { limit: 20 }, message: "must NOT have more than 20 characters", schema: 20, parentSchema: schema20.properties.companyResponsiblePhoneNumber, data: data1 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func3(data1) < 1) {
          const err3 = { instancePath: instancePath + "/companyResponsiblePhoneNumber", schemaPath: "#/properties/companyResponsiblePhoneNumber/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.companyResponsiblePhoneNumber, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/companyResponsiblePhoneNumber", schemaPath: "#/properties/companyResponsiblePhoneNumber/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.companyResponsiblePhoneNumber.type, parentSchema: schema20.properties.companyResponsiblePhoneNumber, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.companyResponsibleEmailAddress !== void 0) {
      if (!validate37(data.companyResponsibleEmailAddress, { instancePath: instancePath + "/companyResponsibleEmailAddress", parentData: data, parentDataProperty: "companyResponsibleEmailAddress", rootData })) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.companyIdentifier === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "companyIdentifier" }, message: "must have required property 'companyIdentifier'", schema: schema17.required, parentSchema: schema17, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.companyName === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "companyName" }, message: "must have required property 'companyName'", schema: schema17.required, parentSchema: schema17, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.companyPhoneNumber === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "companyPhoneNumber" }, message: "must have required property 'companyPhoneNumber'", schema: schema17.required, parentSchema: schema17, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.companyAddress === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "companyAddress" }, message: "must have required property 'companyAddress'", schema: schema17.required, parentSchema: schema17, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.companyResponsible === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "companyResponsible" }, message: "must have required property 'companyResponsible'", schema: schema17.required, parentSchema: schema17, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "companyIdentifier" || key0 === "companyName" || key0 === "companyPhoneNumber" || key0 === "companyAddress" || key0 === "companyInformation" || key0 === "workplaceAddress" || key0 === "companyResponsible" || key0 === "workplaceResponsible")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.companyIdentifier !== void 0) {
      if (!validate28(data.companyIdentifier, { instancePath: instancePath + "/companyIdentifier", parentData: data, parentDataProperty: "companyIdentifier", rootData })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.companyName !== void 0) {
      let data1 = data.companyName;
      if (typeof data1 === "string") {
        if (func3(data1) > 1200) {
          const err6 = { instancePath: instancePath + "/companyName", schemaPath: "#/properties/companyName/maxLength", keyword: "maxLength", params: { limit: 1200 }, message: "must NOT have more than 1200 characters", schema: 1200, parentSchema: schema17.properties.companyName, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func3(data1) < 1) {
          const err7 = { instancePath: instancePath + "/companyName", schemaPath: "#/properties/companyName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.companyName, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/companyName", schemaPath: "#/properties/companyName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.companyName.type, parentSchema: schema17.properties.companyName, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.companyPhoneNumber !== void 0) {
      let data2 = data.companyPhoneNumber;
      if (typeof data2 === "string") {
        if (func3(data2) > 21) {
          const err9 = { instancePath: instancePath + "/companyPhoneNumber", schemaPath: "#/properties/companyPhoneNumber/maxLength", keyword: "maxLength", params: { limit: 21 }, message: "must NOT have more than 21 characters", schema: 21, parentSchema: schema17.properties.companyPhoneNumber, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (func3(data2) < 3) {
          const err10 = { instancePath: instancePath + "/companyPhoneNumber", schemaPath: "#/properties/companyPhoneNumber/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema17.properties.companyPhoneNumber, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/companyPhoneNumber", schemaPath: "#/properties/companyPhoneNumber/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.companyPhoneNumber.type, parentSchema: schema17.properties.companyPhoneNumber, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.companyAddress !== void 0) {
      if (!validate43(data.companyAddress, { instancePath: instancePath + "/companyAddress", parentData: data, parentDataProperty: "companyAddress", rootData })) {
        vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
        errors = vErrors.length;
      }
    }
    if (data.companyInformation !== void 0) {
      let data4 = data.companyInformation;
      if (typeof data4 === "string") {
        if (func3(data4) > 16e3) {
          const err12 = { instancePath: instancePath + "/companyInformation", schemaPath: "#/properties/companyInformation/maxLength", keyword: "maxLength", params: { limit: 16e3 }, message: "must NOT have more than 16000 characters", schema: 16e3, parentSchema: schema17.properties.companyInformation, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (func3(data4) < 1) {
          const err13 = { instancePath: instancePath + "/companyInformation", schemaPath: "#/properties/companyInformation/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.companyInformation, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/companyInformation", schemaPath: "#/properties/companyInformation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.companyInformation.type, parentSchema: schema17.properties.companyInformation, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.workplaceAddress !== void 0) {
      if (!validate43(data.workplaceAddress, { instancePath: instancePath + "/workplaceAddress", parentData: data, parentDataProperty: "workplaceAddress", rootData })) {
        vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
        errors = vErrors.length;
      }
    }
    if (data.companyResponsible !== void 0) {
      if (!validate46(data.companyResponsible, { instancePath: instancePath + "/companyResponsible", parentData: data, parentDataProperty: "companyResponsible", rootData })) {
        vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
        errors = vErrors.length;
      }
    }
    if (data.workplaceResponsible !== void 0) {
      if (!validate50(data.workplaceResponsible, { instancePath: instancePath + "/workplaceResponsible", parentData: data, parentDataProperty: "workplaceResponsible", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.type, parentSchema: schema17, data };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
var schema21 = { "type": "object", "additionalProperties": false, "required": ["jobCenterCode", "jobCenterName", "jobCenterAddress"], "properties": { "jobCenterCode": { "type": "string", "minLength": 1, "x-location": "#/components/schemas/JobCenterType/properties/jobCenterCode" }, "jobCenterName": { "type": "string", "minLength": 1, "x-location": "#/components/schemas/JobCenterType/properties/jobCenterName" }, "jobCenterAddress": { "$ref": "#/components/schemas/AdresseDto", "x-location": "#/components/schemas/JobCenterType/properties/jobCenterAddress" }, "jobCenterContactPerson": { "$ref": "#/components/schemas/ResponsiblePersonType", "x-location": "#/components/schemas/JobCenterType/properties/jobCenterContactPerson" } }, "x-location": "#/components/schemas/JobCenterType" };
var schema22 = { "type": "object", "additionalProperties": false, "required": ["responsiblePersonName"], "properties": { "responsiblePersonName": { "$ref": "#/components/schemas/PersonNavnDto", "x-location": "#/components/schemas/ResponsiblePersonType/properties/responsiblePersonName" }, "responsiblePersonPhoneNumber": { "x-personal-data": "phone", "type": "string", "minLength": 1, "maxLength": 20, "x-location": "#/components/schemas/ResponsiblePersonType/properties/responsiblePersonPhoneNumber" }, "responsiblePersonEmailAddress": { "$ref": "#/components/schemas/EmailAdresseDto", "x-location": "#/components/schemas/ResponsiblePersonType/properties/responsiblePersonEmailAddress" } }, "x-location": "#/components/schemas/ResponsiblePersonType" };
function validate57(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.responsiblePersonName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "responsiblePersonName" }, message: "must have required property 'responsiblePersonName'", schema: schema22.required, parentSchema: schema22, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "responsiblePersonName" || key0 === "responsiblePersonPhoneNumber" || key0 === "responsiblePersonEmailAddress")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema22, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.responsiblePersonName !== void 0) {
      if (!validate35(data.responsiblePersonName, { instancePath: instancePath + "/responsiblePersonName", parentData: data, parentDataProperty: "responsiblePersonName", rootData })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.responsiblePersonPhoneNumber !== void 0) {
      let data1 = data.responsiblePersonPhoneNumber;
      if (typeof data1 === "string") {
        if (func3(data1) > 20) {
          const err2 = { instancePath: instancePath + "/responsiblePersonPhoneNumber", schemaPath: "#/properties/responsiblePersonPhoneNumber/maxLength", keyword: "maxLength", params: { limit: 20 }, message: "must NOT have more than 20 characters", schema: 20, parentSchema: schema22.properties.responsiblePersonPhoneNumber, data: data1 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func3(data1) < 1) {
          const err3 = { instancePath: instancePath + "/responsiblePersonPhoneNumber", schemaPath: "#/properties/responsiblePersonPhoneNumber/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema22.properties.responsiblePersonPhoneNumber, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/responsiblePersonPhoneNumber", schemaPath: "#/properties/responsiblePersonPhoneNumber/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.responsiblePersonPhoneNumber.type, parentSchema: schema22.properties.responsiblePersonPhoneNumber, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.responsiblePersonEmailAddress !== void 0) {
      if (!validate37(data.responsiblePersonEmailAddress, { instancePath: instancePath + "/responsiblePersonEmailAddress", parentData: data, parentDataProperty: "responsiblePersonEmailAddress", rootData })) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.type, parentSchema: schema22, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate57.errors = vErrors;
  return errors === 0;
}
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.jobCenterCode === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "jobCenterCode" }, message: "must have required property 'jobCenterCode'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.jobCenterName === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "jobCenterName" }, message: "must have required property 'jobCenterName'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.jobCenterAddress === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "jobCenterAddress" }, message: "must have required property 'jobCenterAddress'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "jobCenterCode" || key0 === "jobCenterName" || key0 === "jobCenterAddress" || key0 === "jobCenterContactPerson")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema21, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.jobCenterCode !== void 0) {
      let data0 = data.jobCenterCode;
      if (typeof data0 === "string") {
        if (func3(data0) < 1) {
          const err4 = { instancePath: instancePath + "/jobCenterCode", schemaPath: "#/properties/jobCenterCode/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema21.properties.jobCenterCode, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/jobCenterCode", schemaPath: "#/properties/jobCenterCode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.jobCenterCode.type, parentSchema: schema21.properties.jobCenterCode, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.jobCenterName !== void 0) {
      let data1 = data.jobCenterName;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err6 = { instancePath: instancePath + "/jobCenterName", schemaPath: "#/properties/jobCenterName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema21.properties.jobCenterName, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/jobCenterName", schemaPath: "#/properties/jobCenterName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.jobCenterName.type, parentSchema: schema21.properties.jobCenterName, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.jobCenterAddress !== void 0) {
      if (!validate43(data.jobCenterAddress, { instancePath: instancePath + "/jobCenterAddress", parentData: data, parentDataProperty: "jobCenterAddress", rootData })) {
        vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
        errors = vErrors.length;
      }
    }
    if (data.jobCenterContactPerson !== void 0) {
      if (!validate57(data.jobCenterContactPerson, { instancePath: instancePath + "/jobCenterContactPerson", parentData: data, parentDataProperty: "jobCenterContactPerson", rootData })) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.type, parentSchema: schema21, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate55.errors = vErrors;
  return errors === 0;
}
var schema23 = { "type": "object", "additionalProperties": false, "properties": { "companySigner": { "x-personal-data": "full-name", "type": "string", "x-location": "#/components/schemas/CompanyCaseHandlingType/properties/companySigner" }, "companySignerDateTime": { "type": "string", "format": "date-time", "x-location": "#/components/schemas/CompanyCaseHandlingType/properties/companySignerDateTime" } }, "x-location": "#/components/schemas/CompanyCaseHandlingType" };
function validate62(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "companySigner" || key0 === "companySignerDateTime")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.companySigner !== void 0) {
      let data0 = data.companySigner;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/companySigner", schemaPath: "#/properties/companySigner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.companySigner.type, parentSchema: schema23.properties.companySigner, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.companySignerDateTime !== void 0) {
      let data1 = data.companySignerDateTime;
      if (typeof data1 === "string") {
        if (!formats4.validate(data1)) {
          const err2 = { instancePath: instancePath + "/companySignerDateTime", schemaPath: "#/properties/companySignerDateTime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema23.properties.companySignerDateTime, data: data1 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/companySignerDateTime", schemaPath: "#/properties/companySignerDateTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.companySignerDateTime.type, parentSchema: schema23.properties.companySignerDateTime, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate62.errors = vErrors;
  return errors === 0;
}
var schema24 = { "type": "object", "additionalProperties": false, "properties": { "signer": { "x-personal-data": "full-name", "type": "string", "x-location": "#/components/schemas/CaseWorkerCaseHandlingType/properties/signer" }, "signerDateTime": { "type": "string", "format": "date-time", "x-location": "#/components/schemas/CaseWorkerCaseHandlingType/properties/signerDateTime" } }, "x-location": "#/components/schemas/CaseWorkerCaseHandlingType" };
function validate64(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "signer" || key0 === "signerDateTime")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.signer !== void 0) {
      let data0 = data.signer;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/signer", schemaPath: "#/properties/signer/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.signer.type, parentSchema: schema24.properties.signer, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.signerDateTime !== void 0) {
      let data1 = data.signerDateTime;
      if (typeof data1 === "string") {
        if (!formats4.validate(data1)) {
          const err2 = { instancePath: instancePath + "/signerDateTime", schemaPath: "#/properties/signerDateTime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema24.properties.signerDateTime, data: data1 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/signerDateTime", schemaPath: "#/properties/signerDateTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.signerDateTime.type, parentSchema: schema24.properties.signerDateTime, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate64.errors = vErrors;
  return errors === 0;
}
var schema25 = { "type": "integer", "format": "int32", "description": "Kind of company. STAR code list; its members are not published. Illustrative values only: private, public.", "x-location": "#/components/schemas/VirksomhedTypeCodeList" };
function validate66(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema25.type, parentSchema: schema25, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number" && isFinite(data)) {
    if (!formats0.validate(data)) {
      const err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"', schema: "int32", parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate66.errors = vErrors;
  return errors === 0;
}
var schema26 = { "type": "integer", "format": "int32", "description": "Kind of public company. STAR code list; its members are not published. Illustrative values only: state, region, municipality.", "x-location": "#/components/schemas/OffentligVirksomhedTypeCodeList" };
function validate68(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema26.type, parentSchema: schema26, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number" && isFinite(data)) {
    if (!formats0.validate(data)) {
      const err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"', schema: "int32", parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate68.errors = vErrors;
  return errors === 0;
}
var schema27 = { "type": "object", "additionalProperties": false, "required": ["conceptUriDa", "jobDescription", "personCivilRegistrationIdentifier", "companyContactOfficeHours", "assessmentDecisionComment", "specialConsiderationComment", "salaryInformation", "flexjobTypeIdentifier", "flexjobDurationIdentifier", "employedInOwnCompany", "effectiveWorkingHoursFromOffer", "effectiveWorkingHours", "workLoad", "calculatedWorkingHours", "startDate", "endDate"], "properties": { "conceptUriDa": { "type": "string", "minLength": 1, "x-location": "#/components/schemas/FlexjobAllocationType/properties/conceptUriDa" }, "jobDescription": { "type": "string", "minLength": 1, "x-location": "#/components/schemas/FlexjobAllocationType/properties/jobDescription" }, "personCivilRegistrationIdentifier": { "x-personal-data": "cpr", "type": "string", "minLength": 1, "description": "The person's CPR number (10 digits in practice; the service imposes no pattern).", "x-location": "#/components/schemas/FlexjobAllocationType/properties/personCivilRegistrationIdentifier" }, "companyContactOfficeHours": { "type": "string", "x-location": "#/components/schemas/FlexjobAllocationType/properties/companyContactOfficeHours" }, "assessmentDecisionComment": { "type": "string", "x-location": "#/components/schemas/FlexjobAllocationType/properties/assessmentDecisionComment" }, "specialConsiderationComment": { "type": "string", "x-location": "#/components/schemas/FlexjobAllocationType/properties/specialConsiderationComment" }, "salaryInformation": { "$ref": "#/components/schemas/SalaryInformationType", "x-location": "#/components/schemas/FlexjobAllocationType/properties/salaryInformation" }, "flexjobTypeIdentifier": { "$ref": "#/components/schemas/FleksjobTypeCodeList", "x-location": "#/components/schemas/FlexjobAllocationType/properties/flexjobTypeIdentifier" }, "flexjobDurationIdentifier": { "$ref": "#/components/schemas/FleksjobVarighedTypeCodeList", "x-location": "#/components/schemas/FlexjobAllocationType/properties/flexjobDurationIdentifier" }, "employedInOwnCompany": { "type": "boolean", "x-location": "#/components/schemas/FlexjobAllocationType/properties/employedInOwnCompany" }, "effectiveWorkingHoursFromOffer": { "type": "number", "format": "double", "x-location": "#/components/schemas/FlexjobAllocationType/properties/effectiveWorkingHoursFromOffer" }, "effectiveWorkingHours": { "type": "number", "format": "double", "x-location": "#/components/schemas/FlexjobAllocationType/properties/effectiveWorkingHours" }, "workLoad": { "type": "integer", "format": "int32", "description": "Not explained by STAR.", "x-location": "#/components/schemas/FlexjobAllocationType/properties/workLoad" }, "calculatedWorkingHours": { "type": "number", "format": "double", "description": "Not explained by STAR.", "x-location": "#/components/schemas/FlexjobAllocationType/properties/calculatedWorkingHours" }, "startDate": { "type": "string", "format": "date-time", "x-location": "#/components/schemas/FlexjobAllocationType/properties/startDate" }, "endDate": { "type": "string", "format": "date-time", "x-location": "#/components/schemas/FlexjobAllocationType/properties/endDate" } }, "x-location": "#/components/schemas/FlexjobAllocationType" };
var schema28 = { "type": "object", "additionalProperties": false, "required": ["expectedSalary", "fullTimeSalary", "pension"], "properties": { "expectedSalary": { "$ref": "#/components/schemas/SalaryType", "x-location": "#/components/schemas/SalaryInformationType/properties/expectedSalary" }, "fullTimeSalary": { "$ref": "#/components/schemas/SalaryType", "x-location": "#/components/schemas/SalaryInformationType/properties/fullTimeSalary" }, "pensionPay": { "type": "boolean", "x-location": "#/components/schemas/SalaryInformationType/properties/pensionPay" }, "pension": { "$ref": "#/components/schemas/PensionType", "x-location": "#/components/schemas/SalaryInformationType/properties/pension" }, "holidayPay": { "type": "boolean", "x-location": "#/components/schemas/SalaryInformationType/properties/holidayPay" }, "holidayPayPensionable": { "type": "boolean", "x-location": "#/components/schemas/SalaryInformationType/properties/holidayPayPensionable" } }, "x-location": "#/components/schemas/SalaryInformationType" };
var schema29 = { "type": "object", "additionalProperties": false, "required": ["salaryIdentifier", "salary"], "properties": { "salaryIdentifier": { "$ref": "#/components/schemas/LoenTypeCodeList", "x-location": "#/components/schemas/SalaryType/properties/salaryIdentifier" }, "salary": { "type": "number", "format": "double", "x-location": "#/components/schemas/SalaryType/properties/salary" } }, "x-location": "#/components/schemas/SalaryType" };
var schema30 = { "type": "integer", "format": "int32", "description": "Kind of salary. STAR code list; its members are not published. Illustrative values only: hourly, monthly.", "x-location": "#/components/schemas/LoenTypeCodeList" };
function validate73(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema30.type, parentSchema: schema30, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number" && isFinite(data)) {
    if (!formats0.validate(data)) {
      const err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"', schema: "int32", parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate73.errors = vErrors;
  return errors === 0;
}
var formats22 = require_formats().fullFormats.double;
function validate72(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.salaryIdentifier === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "salaryIdentifier" }, message: "must have required property 'salaryIdentifier'", schema: schema29.required, parentSchema: schema29, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.salary === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "salary" }, message: "must have required property 'salary'", schema: schema29.required, parentSchema: schema29, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "salaryIdentifier" || key0 === "salary")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.salaryIdentifier !== void 0) {
      if (!validate73(data.salaryIdentifier, { instancePath: instancePath + "/salaryIdentifier", parentData: data, parentDataProperty: "salaryIdentifier", rootData })) {
        vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
        errors = vErrors.length;
      }
    }
    if (data.salary !== void 0) {
      let data1 = data.salary;
      if (typeof data1 == "number" && isFinite(data1)) {
        if (!formats22.validate(data1)) {
          const err3 = { instancePath: instancePath + "/salary", schemaPath: "#/properties/salary/format", keyword: "format", params: { format: "double" }, message: 'must match format "double"', schema: "double", parentSchema: schema29.properties.salary, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/salary", schemaPath: "#/properties/salary/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema29.properties.salary.type, parentSchema: schema29.properties.salary, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.type, parentSchema: schema29, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate72.errors = vErrors;
  return errors === 0;
}
var schema31 = { "type": "object", "additionalProperties": false, "properties": { "employerPercentage": { "type": "number", "format": "double", "x-location": "#/components/schemas/PensionType/properties/employerPercentage" }, "employeePercentage": { "type": "number", "format": "double", "x-location": "#/components/schemas/PensionType/properties/employeePercentage" } }, "x-location": "#/components/schemas/PensionType" };
function validate77(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "employerPercentage" || key0 === "employeePercentage")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.employerPercentage !== void 0) {
      let data0 = data.employerPercentage;
      if (typeof data0 == "number" && isFinite(data0)) {
        if (!formats22.validate(data0)) {
          const err1 = { instancePath: instancePath + "/employerPercentage", schemaPath: "#/properties/employerPercentage/format", keyword: "format", params: { format: "double" }, message: 'must match format "double"', schema: "double", parentSchema: schema31.properties.employerPercentage, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/employerPercentage", schemaPath: "#/properties/employerPercentage/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.employerPercentage.type, parentSchema: schema31.properties.employerPercentage, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.employeePercentage !== void 0) {
      let data1 = data.employeePercentage;
      if (typeof data1 == "number" && isFinite(data1)) {
        if (!formats22.validate(data1)) {
          const err3 = { instancePath: instancePath + "/employeePercentage", schemaPath: "#/properties/employeePercentage/format", keyword: "format", params: { format: "double" }, message: 'must match format "double"', schema: "double", parentSchema: schema31.properties.employeePercentage, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/employeePercentage", schemaPath: "#/properties/employeePercentage/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.employeePercentage.type, parentSchema: schema31.properties.employeePercentage, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate77.errors = vErrors;
  return errors === 0;
}
function validate71(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.expectedSalary === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expectedSalary" }, message: "must have required property 'expectedSalary'", schema: schema28.required, parentSchema: schema28, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.fullTimeSalary === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "fullTimeSalary" }, message: "must have required property 'fullTimeSalary'", schema: schema28.required, parentSchema: schema28, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.pension === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pension" }, message: "must have required property 'pension'", schema: schema28.required, parentSchema: schema28, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "expectedSalary" || key0 === "fullTimeSalary" || key0 === "pensionPay" || key0 === "pension" || key0 === "holidayPay" || key0 === "holidayPayPensionable")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema28, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.expectedSalary !== void 0) {
      if (!validate72(data.expectedSalary, { instancePath: instancePath + "/expectedSalary", parentData: data, parentDataProperty: "expectedSalary", rootData })) {
        vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
        errors = vErrors.length;
      }
    }
    if (data.fullTimeSalary !== void 0) {
      if (!validate72(data.fullTimeSalary, { instancePath: instancePath + "/fullTimeSalary", parentData: data, parentDataProperty: "fullTimeSalary", rootData })) {
        vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
        errors = vErrors.length;
      }
    }
    if (data.pensionPay !== void 0) {
      let data2 = data.pensionPay;
      if (typeof data2 !== "boolean") {
        const err4 = { instancePath: instancePath + "/pensionPay", schemaPath: "#/properties/pensionPay/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema28.properties.pensionPay.type, parentSchema: schema28.properties.pensionPay, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.pension !== void 0) {
      if (!validate77(data.pension, { instancePath: instancePath + "/pension", parentData: data, parentDataProperty: "pension", rootData })) {
        vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
        errors = vErrors.length;
      }
    }
    if (data.holidayPay !== void 0) {
      let data4 = data.holidayPay;
      if (typeof data4 !== "boolean") {
        const err5 = { instancePath: instancePath + "/holidayPay", schemaPath: "#/properties/holidayPay/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema28.properties.holidayPay.type, parentSchema: schema28.properties.holidayPay, data: data4 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.holidayPayPensionable !== void 0) {
      let data5 = data.holidayPayPensionable;
      if (typeof data5 !== "boolean") {
        const err6 = { instancePath: instancePath + "/holidayPayPensionable", schemaPath: "#/properties/holidayPayPensionable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema28.properties.holidayPayPensionable.type, parentSchema: schema28.properties.holidayPayPensionable, data: data5 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate71.errors = vErrors;
  return errors === 0;
}
var schema32 = { "type": "integer", "format": "int32", "description": "Kind of flexjob. STAR code list; its members are not published. Illustrative values only: ordinary, fastholdelse (at the person's current workplace).", "x-location": "#/components/schemas/FleksjobTypeCodeList" };
function validate80(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number" && isFinite(data)) {
    if (!formats0.validate(data)) {
      const err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"', schema: "int32", parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate80.errors = vErrors;
  return errors === 0;
}
var schema33 = { "type": "integer", "format": "int32", "description": "Duration of the flexjob. STAR code list; its members are not published. Illustrative values only: midlertidig (temporary, 5 years), permanent.", "x-location": "#/components/schemas/FleksjobVarighedTypeCodeList" };
function validate82(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number" && isFinite(data)) {
    if (!formats0.validate(data)) {
      const err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"', schema: "int32", parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate82.errors = vErrors;
  return errors === 0;
}
function validate70(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.conceptUriDa === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "conceptUriDa" }, message: "must have required property 'conceptUriDa'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.jobDescription === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "jobDescription" }, message: "must have required property 'jobDescription'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.personCivilRegistrationIdentifier === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "personCivilRegistrationIdentifier" }, message: "must have required property 'personCivilRegistrationIdentifier'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.companyContactOfficeHours === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "companyContactOfficeHours" }, message: "must have required property 'companyContactOfficeHours'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.assessmentDecisionComment === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "assessmentDecisionComment" }, message: "must have required property 'assessmentDecisionComment'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.specialConsiderationComment === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "specialConsiderationComment" }, message: "must have required property 'specialConsiderationComment'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.salaryInformation === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "salaryInformation" }, message: "must have required property 'salaryInformation'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.flexjobTypeIdentifier === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "flexjobTypeIdentifier" }, message: "must have required property 'flexjobTypeIdentifier'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.flexjobDurationIdentifier === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "flexjobDurationIdentifier" }, message: "must have required property 'flexjobDurationIdentifier'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.employedInOwnCompany === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "employedInOwnCompany" }, message: "must have required property 'employedInOwnCompany'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.effectiveWorkingHoursFromOffer === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "effectiveWorkingHoursFromOffer" }, message: "must have required property 'effectiveWorkingHoursFromOffer'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.effectiveWorkingHours === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "effectiveWorkingHours" }, message: "must have required property 'effectiveWorkingHours'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.workLoad === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "workLoad" }, message: "must have required property 'workLoad'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.calculatedWorkingHours === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "calculatedWorkingHours" }, message: "must have required property 'calculatedWorkingHours'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.startDate === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "startDate" }, message: "must have required property 'startDate'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.endDate === void 0) {
      const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "endDate" }, message: "must have required property 'endDate'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema27.properties, key0)) {
        const err16 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27, data };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.conceptUriDa !== void 0) {
      let data0 = data.conceptUriDa;
      if (typeof data0 === "string") {
        if (func3(data0) < 1) {
          const err17 = { instancePath: instancePath + "/conceptUriDa", schemaPath: "#/properties/conceptUriDa/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27.properties.conceptUriDa, data: data0 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/conceptUriDa", schemaPath: "#/properties/conceptUriDa/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.conceptUriDa.type, parentSchema: schema27.properties.conceptUriDa, data: data0 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.jobDescription !== void 0) {
      let data1 = data.jobDescription;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err19 = { instancePath: instancePath + "/jobDescription", schemaPath: "#/properties/jobDescription/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27.properties.jobDescription, data: data1 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/jobDescription", schemaPath: "#/properties/jobDescription/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.jobDescription.type, parentSchema: schema27.properties.jobDescription, data: data1 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.personCivilRegistrationIdentifier !== void 0) {
      let data2 = data.personCivilRegistrationIdentifier;
      if (typeof data2 === "string") {
        if (func3(data2) < 1) {
          const err21 = { instancePath: instancePath + "/personCivilRegistrationIdentifier", schemaPath: "#/properties/personCivilRegistrationIdentifier/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27.properties.personCivilRegistrationIdentifier, data: data2 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/personCivilRegistrationIdentifier", schemaPath: "#/properties/personCivilRegistrationIdentifier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.personCivilRegistrationIdentifier.type, parentSchema: schema27.properties.personCivilRegistrationIdentifier, data: data2 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.companyContactOfficeHours !== void 0) {
      let data3 = data.companyContactOfficeHours;
      if (typeof data3 !== "string") {
        const err23 = { instancePath: instancePath + "/companyContactOfficeHours", schemaPath: "#/properties/companyContactOfficeHours/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.companyContactOfficeHours.type, parentSchema: schema27.properties.companyContactOfficeHours, data: data3 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.assessmentDecisionComment !== void 0) {
      let data4 = data.assessmentDecisionComment;
      if (typeof data4 !== "string") {
        const err24 = { instancePath: instancePath + "/assessmentDecisionComment", schemaPath: "#/properties/assessmentDecisionComment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.assessmentDecisionComment.type, parentSchema: schema27.properties.assessmentDecisionComment, data: data4 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.specialConsiderationComment !== void 0) {
      let data5 = data.specialConsiderationComment;
      if (typeof data5 !== "string") {
        const err25 = { instancePath: instancePath + "/specialConsiderationComment", schemaPath: "#/properties/specialConsiderationComment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.specialConsiderationComment.type, parentSchema: schema27.properties.specialConsiderationComment, data: data5 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.salaryInformation !== void 0) {
      if (!validate71(data.salaryInformation, { instancePath: instancePath + "/salaryInformation", parentData: data, parentDataProperty: "salaryInformation", rootData })) {
        vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
        errors = vErrors.length;
      }
    }
    if (data.flexjobTypeIdentifier !== void 0) {
      if (!validate80(data.flexjobTypeIdentifier, { instancePath: instancePath + "/flexjobTypeIdentifier", parentData: data, parentDataProperty: "flexjobTypeIdentifier", rootData })) {
        vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data.flexjobDurationIdentifier !== void 0) {
      if (!validate82(data.flexjobDurationIdentifier, { instancePath: instancePath + "/flexjobDurationIdentifier", parentData: data, parentDataProperty: "flexjobDurationIdentifier", rootData })) {
        vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
        errors = vErrors.length;
      }
    }
    if (data.employedInOwnCompany !== void 0) {
      let data9 = data.employedInOwnCompany;
      if (typeof data9 !== "boolean") {
        const err26 = { instancePath: instancePath + "/employedInOwnCompany", schemaPath: "#/properties/employedInOwnCompany/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema27.properties.employedInOwnCompany.type, parentSchema: schema27.properties.employedInOwnCompany, data: data9 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.effectiveWorkingHoursFromOffer !== void 0) {
      let data10 = data.effectiveWorkingHoursFromOffer;
      if (typeof data10 == "number" && isFinite(data10)) {
        if (!formats22.validate(data10)) {
          const err27 = { instancePath: instancePath + "/effectiveWorkingHoursFromOffer", schemaPath: "#/properties/effectiveWorkingHoursFromOffer/format", keyword: "format", params: { format: "double" }, message: 'must match format "double"', schema: "double", parentSchema: schema27.properties.effectiveWorkingHoursFromOffer, data: data10 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/effectiveWorkingHoursFromOffer", schemaPath: "#/properties/effectiveWorkingHoursFromOffer/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema27.properties.effectiveWorkingHoursFromOffer.type, parentSchema: schema27.properties.effectiveWorkingHoursFromOffer, data: data10 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.effectiveWorkingHours !== void 0) {
      let data11 = data.effectiveWorkingHours;
      if (typeof data11 == "number" && isFinite(data11)) {
        if (!formats22.validate(data11)) {
          const err29 = { instancePath: instancePath + "/effectiveWorkingHours", schemaPath: "#/properties/effectiveWorkingHours/format", keyword: "format", params: { format: "double" }, message: 'must match format "double"', schema: "double", parentSchema: schema27.properties.effectiveWorkingHours, data: data11 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = { instancePath: instancePath + "/effectiveWorkingHours", schemaPath: "#/properties/effectiveWorkingHours/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema27.properties.effectiveWorkingHours.type, parentSchema: schema27.properties.effectiveWorkingHours, data: data11 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.workLoad !== void 0) {
      let data12 = data.workLoad;
      if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
        const err31 = { instancePath: instancePath + "/workLoad", schemaPath: "#/properties/workLoad/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema27.properties.workLoad.type, parentSchema: schema27.properties.workLoad, data: data12 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (typeof data12 == "number" && isFinite(data12)) {
        if (!formats0.validate(data12)) {
          const err32 = { instancePath: instancePath + "/workLoad", schemaPath: "#/properties/workLoad/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"', schema: "int32", parentSchema: schema27.properties.workLoad, data: data12 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      }
    }
    if (data.calculatedWorkingHours !== void 0) {
      let data13 = data.calculatedWorkingHours;
      if (typeof data13 == "number" && isFinite(data13)) {
        if (!formats22.validate(data13)) {
          const err33 = { instancePath: instancePath + "/calculatedWorkingHours", schemaPath: "#/properties/calculatedWorkingHours/format", keyword: "format", params: { format: "double" }, message: 'must match format "double"', schema: "double", parentSchema: schema27.properties.calculatedWorkingHours, data: data13 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = { instancePath: instancePath + "/calculatedWorkingHours", schemaPath: "#/properties/calculatedWorkingHours/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema27.properties.calculatedWorkingHours.type, parentSchema: schema27.properties.calculatedWorkingHours, data: data13 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.startDate !== void 0) {
      let data14 = data.startDate;
      if (typeof data14 === "string") {
        if (!formats4.validate(data14)) {
          const err35 = { instancePath: instancePath + "/startDate", schemaPath: "#/properties/startDate/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema27.properties.startDate, data: data14 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      } else {
        const err36 = { instancePath: instancePath + "/startDate", schemaPath: "#/properties/startDate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.startDate.type, parentSchema: schema27.properties.startDate, data: data14 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.endDate !== void 0) {
      let data15 = data.endDate;
      if (typeof data15 === "string") {
        if (!formats4.validate(data15)) {
          const err37 = { instancePath: instancePath + "/endDate", schemaPath: "#/properties/endDate/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema27.properties.endDate, data: data15 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      } else {
        const err38 = { instancePath: instancePath + "/endDate", schemaPath: "#/properties/endDate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.endDate.type, parentSchema: schema27.properties.endDate, data: data15 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
  } else {
    const err39 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.type, parentSchema: schema27, data };
    if (vErrors === null) {
      vErrors = [err39];
    } else {
      vErrors.push(err39);
    }
    errors++;
  }
  validate70.errors = vErrors;
  return errors === 0;
}
var formats16 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.caseElementFlowState === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "caseElementFlowState" }, message: "must have required property 'caseElementFlowState'", schema: schema7.required, parentSchema: schema7, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.company === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "company" }, message: "must have required property 'company'", schema: schema7.required, parentSchema: schema7, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.jobCenter === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "jobCenter" }, message: "must have required property 'jobCenter'", schema: schema7.required, parentSchema: schema7, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.companyCaseHandling === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "companyCaseHandling" }, message: "must have required property 'companyCaseHandling'", schema: schema7.required, parentSchema: schema7, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.caseworkerCaseHandling === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "caseworkerCaseHandling" }, message: "must have required property 'caseworkerCaseHandling'", schema: schema7.required, parentSchema: schema7, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.companyBusinessIdentifier === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "companyBusinessIdentifier" }, message: "must have required property 'companyBusinessIdentifier'", schema: schema7.required, parentSchema: schema7, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.companyPublicIdentifier === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "companyPublicIdentifier" }, message: "must have required property 'companyPublicIdentifier'", schema: schema7.required, parentSchema: schema7, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.caseElementIdentifier === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "caseElementIdentifier" }, message: "must have required property 'caseElementIdentifier'", schema: schema7.required, parentSchema: schema7, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.offerIdentifier === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "offerIdentifier" }, message: "must have required property 'offerIdentifier'", schema: schema7.required, parentSchema: schema7, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.flexjobAllocation === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "flexjobAllocation" }, message: "must have required property 'flexjobAllocation'", schema: schema7.required, parentSchema: schema7, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema7.properties, key0)) {
        const err10 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema7, data };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.caseElementFlowState !== void 0) {
      if (!validate23(data.caseElementFlowState, { instancePath: instancePath + "/caseElementFlowState", parentData: data, parentDataProperty: "caseElementFlowState", rootData })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.company !== void 0) {
      if (!validate41(data.company, { instancePath: instancePath + "/company", parentData: data, parentDataProperty: "company", rootData })) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      }
    }
    if (data.jobCenter !== void 0) {
      if (!validate55(data.jobCenter, { instancePath: instancePath + "/jobCenter", parentData: data, parentDataProperty: "jobCenter", rootData })) {
        vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
        errors = vErrors.length;
      }
    }
    if (data.companyCaseHandling !== void 0) {
      if (!validate62(data.companyCaseHandling, { instancePath: instancePath + "/companyCaseHandling", parentData: data, parentDataProperty: "companyCaseHandling", rootData })) {
        vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
        errors = vErrors.length;
      }
    }
    if (data.caseworkerCaseHandling !== void 0) {
      if (!validate64(data.caseworkerCaseHandling, { instancePath: instancePath + "/caseworkerCaseHandling", parentData: data, parentDataProperty: "caseworkerCaseHandling", rootData })) {
        vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
        errors = vErrors.length;
      }
    }
    if (data.companyBusinessIdentifier !== void 0) {
      if (!validate66(data.companyBusinessIdentifier, { instancePath: instancePath + "/companyBusinessIdentifier", parentData: data, parentDataProperty: "companyBusinessIdentifier", rootData })) {
        vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
        errors = vErrors.length;
      }
    }
    if (data.companyPublicIdentifier !== void 0) {
      if (!validate68(data.companyPublicIdentifier, { instancePath: instancePath + "/companyPublicIdentifier", parentData: data, parentDataProperty: "companyPublicIdentifier", rootData })) {
        vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
        errors = vErrors.length;
      }
    }
    if (data.caseElementIdentifier !== void 0) {
      let data7 = data.caseElementIdentifier;
      if (typeof data7 === "string") {
        if (!formats16.test(data7)) {
          const err11 = { instancePath: instancePath + "/caseElementIdentifier", schemaPath: "#/properties/caseElementIdentifier/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"', schema: "uuid", parentSchema: schema7.properties.caseElementIdentifier, data: data7 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/caseElementIdentifier", schemaPath: "#/properties/caseElementIdentifier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.properties.caseElementIdentifier.type, parentSchema: schema7.properties.caseElementIdentifier, data: data7 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.offerIdentifier !== void 0) {
      let data8 = data.offerIdentifier;
      if (typeof data8 === "string") {
        if (!formats16.test(data8)) {
          const err13 = { instancePath: instancePath + "/offerIdentifier", schemaPath: "#/properties/offerIdentifier/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"', schema: "uuid", parentSchema: schema7.properties.offerIdentifier, data: data8 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/offerIdentifier", schemaPath: "#/properties/offerIdentifier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.properties.offerIdentifier.type, parentSchema: schema7.properties.offerIdentifier, data: data8 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.flexjobAllocation !== void 0) {
      if (!validate70(data.flexjobAllocation, { instancePath: instancePath + "/flexjobAllocation", parentData: data, parentDataProperty: "flexjobAllocation", rootData })) {
        vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema7.type, parentSchema: schema7, data };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.flexjobAllocationResponseType === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "flexjobAllocationResponseType" }, message: "must have required property 'flexjobAllocationResponseType'", schema: schema6.required, parentSchema: schema6, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "flexjobAllocationResponseType")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.flexjobAllocationResponseType !== void 0) {
      if (!validate22(data.flexjobAllocationResponseType, { instancePath: instancePath + "/flexjobAllocationResponseType", parentData: data, parentDataProperty: "flexjobAllocationResponseType", rootData })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.type, parentSchema: schema6, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
exports.FlexjobOfferResponse = validate86;
var schema34 = { "type": "object", "additionalProperties": false, "required": ["flexjobRequestResponseType"], "properties": { "flexjobRequestResponseType": { "$ref": "#/components/schemas/FlexjobOfferResponseType", "x-location": "#/components/schemas/FlexjobOfferResponse/properties/flexjobRequestResponseType" } }, "x-location": "#/components/schemas/FlexjobOfferResponse" };
var schema35 = { "type": "object", "additionalProperties": false, "required": ["caseElementFlowState", "company", "companyCaseHandling", "caseWorkerCaseHandling", "companyBusinessIdentifier", "flexjobOffer", "caseElementIdentifier", "salaryInformation"], "properties": { "caseElementFlowState": { "$ref": "#/components/schemas/CaseElementFlowStateType", "x-location": "#/components/schemas/FlexjobOfferResponseType/properties/caseElementFlowState" }, "company": { "$ref": "#/components/schemas/CompanyType", "x-location": "#/components/schemas/FlexjobOfferResponseType/properties/company" }, "companyCaseHandling": { "$ref": "#/components/schemas/CompanyCaseHandlingType", "x-location": "#/components/schemas/FlexjobOfferResponseType/properties/companyCaseHandling" }, "caseWorkerCaseHandling": { "$ref": "#/components/schemas/CaseWorkerCaseHandlingType", "x-location": "#/components/schemas/FlexjobOfferResponseType/properties/caseWorkerCaseHandling" }, "companyBusinessIdentifier": { "$ref": "#/components/schemas/VirksomhedTypeCodeList", "x-location": "#/components/schemas/FlexjobOfferResponseType/properties/companyBusinessIdentifier" }, "companyPublicIdentifier": { "$ref": "#/components/schemas/OffentligVirksomhedTypeCodeList", "x-location": "#/components/schemas/FlexjobOfferResponseType/properties/companyPublicIdentifier" }, "flexjobOffer": { "$ref": "#/components/schemas/FlexjobOfferType", "x-location": "#/components/schemas/FlexjobOfferResponseType/properties/flexjobOffer" }, "caseElementIdentifier": { "type": "string", "format": "uuid", "x-location": "#/components/schemas/FlexjobOfferResponseType/properties/caseElementIdentifier" }, "salaryInformation": { "$ref": "#/components/schemas/SalaryInformationType", "x-location": "#/components/schemas/FlexjobOfferResponseType/properties/salaryInformation" } }, "x-location": "#/components/schemas/FlexjobOfferResponseType" };
var schema36 = { "type": "object", "additionalProperties": false, "required": ["jobDescription", "personCivilRegistrationIdentifier", "preferedStartDate", "companyResponsibleOfficeHours", "companyContactOfficeHours", "conceptUriDa", "jobCenterCode", "forwardedByEmailAddress"], "properties": { "jobDescription": { "type": "string", "minLength": 1, "x-location": "#/components/schemas/FlexjobOfferType/properties/jobDescription" }, "personCivilRegistrationIdentifier": { "x-personal-data": "cpr", "type": "string", "description": "The person's CPR number (10 digits in practice; the service imposes no pattern).", "x-location": "#/components/schemas/FlexjobOfferType/properties/personCivilRegistrationIdentifier" }, "preferedStartDate": { "type": "string", "format": "date-time", "x-location": "#/components/schemas/FlexjobOfferType/properties/preferedStartDate" }, "expectedWeeklyWorkingHours": { "type": "number", "format": "double", "x-location": "#/components/schemas/FlexjobOfferType/properties/expectedWeeklyWorkingHours" }, "companyResponsibleOfficeHours": { "type": "string", "x-location": "#/components/schemas/FlexjobOfferType/properties/companyResponsibleOfficeHours" }, "companyContactOfficeHours": { "type": "string", "x-location": "#/components/schemas/FlexjobOfferType/properties/companyContactOfficeHours" }, "conceptUriDa": { "type": "string", "minLength": 1, "x-location": "#/components/schemas/FlexjobOfferType/properties/conceptUriDa" }, "jobCenterCode": { "type": "string", "minLength": 1, "x-location": "#/components/schemas/FlexjobOfferType/properties/jobCenterCode" }, "forwardedByEmailAddress": { "x-personal-data": "email", "type": "string", "x-location": "#/components/schemas/FlexjobOfferType/properties/forwardedByEmailAddress" } }, "x-location": "#/components/schemas/FlexjobOfferType" };
function validate94(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.jobDescription === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "jobDescription" }, message: "must have required property 'jobDescription'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.personCivilRegistrationIdentifier === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "personCivilRegistrationIdentifier" }, message: "must have required property 'personCivilRegistrationIdentifier'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.preferedStartDate === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "preferedStartDate" }, message: "must have required property 'preferedStartDate'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.companyResponsibleOfficeHours === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "companyResponsibleOfficeHours" }, message: "must have required property 'companyResponsibleOfficeHours'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.companyContactOfficeHours === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "companyContactOfficeHours" }, message: "must have required property 'companyContactOfficeHours'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.conceptUriDa === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "conceptUriDa" }, message: "must have required property 'conceptUriDa'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.jobCenterCode === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "jobCenterCode" }, message: "must have required property 'jobCenterCode'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.forwardedByEmailAddress === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "forwardedByEmailAddress" }, message: "must have required property 'forwardedByEmailAddress'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema36.properties, key0)) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.jobDescription !== void 0) {
      let data0 = data.jobDescription;
      if (typeof data0 === "string") {
        if (func3(data0) < 1) {
          const err9 = { instancePath: instancePath + "/jobDescription", schemaPath: "#/properties/jobDescription/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36.properties.jobDescription, data: data0 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/jobDescription", schemaPath: "#/properties/jobDescription/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.jobDescription.type, parentSchema: schema36.properties.jobDescription, data: data0 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.personCivilRegistrationIdentifier !== void 0) {
      let data1 = data.personCivilRegistrationIdentifier;
      if (typeof data1 !== "string") {
        const err11 = { instancePath: instancePath + "/personCivilRegistrationIdentifier", schemaPath: "#/properties/personCivilRegistrationIdentifier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.personCivilRegistrationIdentifier.type, parentSchema: schema36.properties.personCivilRegistrationIdentifier, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.preferedStartDate !== void 0) {
      let data2 = data.preferedStartDate;
      if (typeof data2 === "string") {
        if (!formats4.validate(data2)) {
          const err12 = { instancePath: instancePath + "/preferedStartDate", schemaPath: "#/properties/preferedStartDate/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema36.properties.preferedStartDate, data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/preferedStartDate", schemaPath: "#/properties/preferedStartDate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.preferedStartDate.type, parentSchema: schema36.properties.preferedStartDate, data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.expectedWeeklyWorkingHours !== void 0) {
      let data3 = data.expectedWeeklyWorkingHours;
      if (typeof data3 == "number" && isFinite(data3)) {
        if (!formats22.validate(data3)) {
          const err14 = { instancePath: instancePath + "/expectedWeeklyWorkingHours", schemaPath: "#/properties/expectedWeeklyWorkingHours/format", keyword: "format", params: { format: "double" }, message: 'must match format "double"', schema: "double", parentSchema: schema36.properties.expectedWeeklyWorkingHours, data: data3 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/expectedWeeklyWorkingHours", schemaPath: "#/properties/expectedWeeklyWorkingHours/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema36.properties.expectedWeeklyWorkingHours.type, parentSchema: schema36.properties.expectedWeeklyWorkingHours, data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.companyResponsibleOfficeHours !== void 0) {
      let data4 = data.companyResponsibleOfficeHours;
      if (typeof data4 !== "string") {
        const err16 = { instancePath: instancePath + "/companyResponsibleOfficeHours", schemaPath: "#/properties/companyResponsibleOfficeHours/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.companyResponsibleOfficeHours.type, parentSchema: schema36.properties.companyResponsibleOfficeHours, data: data4 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.companyContactOfficeHours !== void 0) {
      let data5 = data.companyContactOfficeHours;
      if (typeof data5 !== "string") {
        const err17 = { instancePath: instancePath + "/companyContactOfficeHours", schemaPath: "#/properties/companyContactOfficeHours/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.companyContactOfficeHours.type, parentSchema: schema36.properties.companyContactOfficeHours, data: data5 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.conceptUriDa !== void 0) {
      let data6 = data.conceptUriDa;
      if (typeof data6 === "string") {
        if (func3(data6) < 1) {
          const err18 = { instancePath: instancePath + "/conceptUriDa", schemaPath: "#/properties/conceptUriDa/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36.properties.conceptUriDa, data: data6 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/conceptUriDa", schemaPath: "#/properties/conceptUriDa/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.conceptUriDa.type, parentSchema: schema36.properties.conceptUriDa, data: data6 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.jobCenterCode !== void 0) {
      let data7 = data.jobCenterCode;
      if (typeof data7 === "string") {
        if (func3(data7) < 1) {
          const err20 = { instancePath: instancePath + "/jobCenterCode", schemaPath: "#/properties/jobCenterCode/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36.properties.jobCenterCode, data: data7 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/jobCenterCode", schemaPath: "#/properties/jobCenterCode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.jobCenterCode.type, parentSchema: schema36.properties.jobCenterCode, data: data7 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.forwardedByEmailAddress !== void 0) {
      let data8 = data.forwardedByEmailAddress;
      if (typeof data8 !== "string") {
        const err22 = { instancePath: instancePath + "/forwardedByEmailAddress", schemaPath: "#/properties/forwardedByEmailAddress/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.forwardedByEmailAddress.type, parentSchema: schema36.properties.forwardedByEmailAddress, data: data8 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate94.errors = vErrors;
  return errors === 0;
}
function validate87(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.caseElementFlowState === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "caseElementFlowState" }, message: "must have required property 'caseElementFlowState'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.company === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "company" }, message: "must have required property 'company'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.companyCaseHandling === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "companyCaseHandling" }, message: "must have required property 'companyCaseHandling'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.caseWorkerCaseHandling === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "caseWorkerCaseHandling" }, message: "must have required property 'caseWorkerCaseHandling'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.companyBusinessIdentifier === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "companyBusinessIdentifier" }, message: "must have required property 'companyBusinessIdentifier'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.flexjobOffer === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "flexjobOffer" }, message: "must have required property 'flexjobOffer'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.caseElementIdentifier === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "caseElementIdentifier" }, message: "must have required property 'caseElementIdentifier'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.salaryInformation === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "salaryInformation" }, message: "must have required property 'salaryInformation'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema35.properties, key0)) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.caseElementFlowState !== void 0) {
      if (!validate23(data.caseElementFlowState, { instancePath: instancePath + "/caseElementFlowState", parentData: data, parentDataProperty: "caseElementFlowState", rootData })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.company !== void 0) {
      if (!validate41(data.company, { instancePath: instancePath + "/company", parentData: data, parentDataProperty: "company", rootData })) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      }
    }
    if (data.companyCaseHandling !== void 0) {
      if (!validate62(data.companyCaseHandling, { instancePath: instancePath + "/companyCaseHandling", parentData: data, parentDataProperty: "companyCaseHandling", rootData })) {
        vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
        errors = vErrors.length;
      }
    }
    if (data.caseWorkerCaseHandling !== void 0) {
      if (!validate64(data.caseWorkerCaseHandling, { instancePath: instancePath + "/caseWorkerCaseHandling", parentData: data, parentDataProperty: "caseWorkerCaseHandling", rootData })) {
        vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
        errors = vErrors.length;
      }
    }
    if (data.companyBusinessIdentifier !== void 0) {
      if (!validate66(data.companyBusinessIdentifier, { instancePath: instancePath + "/companyBusinessIdentifier", parentData: data, parentDataProperty: "companyBusinessIdentifier", rootData })) {
        vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
        errors = vErrors.length;
      }
    }
    if (data.companyPublicIdentifier !== void 0) {
      if (!validate68(data.companyPublicIdentifier, { instancePath: instancePath + "/companyPublicIdentifier", parentData: data, parentDataProperty: "companyPublicIdentifier", rootData })) {
        vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
        errors = vErrors.length;
      }
    }
    if (data.flexjobOffer !== void 0) {
      if (!validate94(data.flexjobOffer, { instancePath: instancePath + "/flexjobOffer", parentData: data, parentDataProperty: "flexjobOffer", rootData })) {
        vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
        errors = vErrors.length;
      }
    }
    if (data.caseElementIdentifier !== void 0) {
      let data7 = data.caseElementIdentifier;
      if (typeof data7 === "string") {
        if (!formats16.test(data7)) {
          const err9 = { instancePath: instancePath + "/caseElementIdentifier", schemaPath: "#/properties/caseElementIdentifier/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"', schema: "uuid", parentSchema: schema35.properties.caseElementIdentifier, data: data7 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/caseElementIdentifier", schemaPath: "#/properties/caseElementIdentifier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.caseElementIdentifier.type, parentSchema: schema35.properties.caseElementIdentifier, data: data7 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.salaryInformation !== void 0) {
      if (!validate71(data.salaryInformation, { instancePath: instancePath + "/salaryInformation", parentData: data, parentDataProperty: "salaryInformation", rootData })) {
        vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate87.errors = vErrors;
  return errors === 0;
}
function validate86(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.flexjobRequestResponseType === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "flexjobRequestResponseType" }, message: "must have required property 'flexjobRequestResponseType'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "flexjobRequestResponseType")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.flexjobRequestResponseType !== void 0) {
      if (!validate87(data.flexjobRequestResponseType, { instancePath: instancePath + "/flexjobRequestResponseType", parentData: data, parentDataProperty: "flexjobRequestResponseType", rootData })) {
        vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate86.errors = vErrors;
  return errors === 0;
}
exports.GetCaseElementRequest = validate98;
var schema37 = { "type": "object", "additionalProperties": false, "properties": { "activeOrganisationHeader": { "$ref": "#/components/schemas/ActiveOrganisationHeaderType", "x-location": "#/components/schemas/GetCaseElementRequest/properties/activeOrganisationHeader" }, "requestUserMetadataHeader": { "$ref": "#/components/schemas/RequestUserMetadataType", "x-location": "#/components/schemas/GetCaseElementRequest/properties/requestUserMetadataHeader" }, "getCaseElementRequestType": { "$ref": "#/components/schemas/GetCaseElementRequestType", "x-location": "#/components/schemas/GetCaseElementRequest/properties/getCaseElementRequestType" } }, "x-location": "#/components/schemas/GetCaseElementRequest" };
var schema38 = { "type": "object", "description": "The organisation the call is made for. The shape comes from STAR's SOAP-era definitions (ActiveOrganisationHeader); the camelCase JSON names are assumed. Known organisation types (illustrative): 24 company (Virksomhed), 8 jobcentre, 7 municipality, 4 other actor. For a company, `organisationCode` is its CVR number.", "additionalProperties": false, "required": ["organisationTypeIdentifier", "organisationCode"], "properties": { "organisationTypeIdentifier": { "type": "integer", "format": "int32", "minimum": 1, "maximum": 100, "x-location": "#/components/schemas/ActiveOrganisationHeaderType/properties/organisationTypeIdentifier" }, "organisationCode": { "type": "string", "minLength": 1, "maxLength": 20, "x-location": "#/components/schemas/ActiveOrganisationHeaderType/properties/organisationCode" } }, "x-location": "#/components/schemas/ActiveOrganisationHeaderType" };
function validate99(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.organisationTypeIdentifier === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "organisationTypeIdentifier" }, message: "must have required property 'organisationTypeIdentifier'", schema: schema38.required, parentSchema: schema38, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.organisationCode === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "organisationCode" }, message: "must have required property 'organisationCode'", schema: schema38.required, parentSchema: schema38, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "organisationTypeIdentifier" || key0 === "organisationCode")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.organisationTypeIdentifier !== void 0) {
      let data0 = data.organisationTypeIdentifier;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err3 = { instancePath: instancePath + "/organisationTypeIdentifier", schemaPath: "#/properties/organisationTypeIdentifier/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema38.properties.organisationTypeIdentifier.type, parentSchema: schema38.properties.organisationTypeIdentifier, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 100 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/organisationTypeIdentifier", schemaPath: "#/properties/organisationTypeIdentifier/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema38.properties.organisationTypeIdentifier, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/organisationTypeIdentifier", schemaPath: "#/properties/organisationTypeIdentifier/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema38.properties.organisationTypeIdentifier, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!formats0.validate(data0)) {
          const err6 = { instancePath: instancePath + "/organisationTypeIdentifier", schemaPath: "#/properties/organisationTypeIdentifier/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"', schema: "int32", parentSchema: schema38.properties.organisationTypeIdentifier, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.organisationCode !== void 0) {
      let data1 = data.organisationCode;
      if (typeof data1 === "string") {
        if (func3(data1) > 20) {
          const err7 = { instancePath: instancePath + "/organisationCode", schemaPath: "#/properties/organisationCode/maxLength", keyword: "maxLength", params: { limit: 20 }, message: "must NOT have more than 20 characters", schema: 20, parentSchema: schema38.properties.organisationCode, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func3(data1) < 1) {
          const err8 = { instancePath: instancePath + "/organisationCode", schemaPath: "#/properties/organisationCode/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.properties.organisationCode, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/organisationCode", schemaPath: "#/properties/organisationCode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.organisationCode.type, parentSchema: schema38.properties.organisationCode, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate99.errors = vErrors;
  return errors === 0;
}
var schema39 = { "type": "object", "description": "The user behind the call and the organisation the user belongs to. The shape comes from STAR's SOAP-era definitions (RequestUserMetadata); the camelCase JSON names are assumed.", "additionalProperties": false, "required": ["requestUserStructure", "requestOrganisationStructure", "registrationDateTime"], "properties": { "requestUserStructure": { "$ref": "#/components/schemas/RequestUserStructureType", "x-location": "#/components/schemas/RequestUserMetadataType/properties/requestUserStructure" }, "requestOrganisationStructure": { "$ref": "#/components/schemas/RequestOrganisationStructureType", "x-location": "#/components/schemas/RequestUserMetadataType/properties/requestOrganisationStructure" }, "registrationDateTime": { "type": "string", "format": "date-time", "x-location": "#/components/schemas/RequestUserMetadataType/properties/registrationDateTime" } }, "x-location": "#/components/schemas/RequestUserMetadataType" };
var schema40 = { "type": "object", "description": "The user behind the call (STAR SOAP-era shape). Known user types (illustrative): 4 employee, 3 system, 2 caseworker, 1 citizen.", "additionalProperties": false, "required": ["userFullName", "requestUserTypeIdentifier", "userIdentifier"], "properties": { "userFullName": { "x-personal-data": "full-name", "type": "string", "minLength": 1, "maxLength": 140, "x-location": "#/components/schemas/RequestUserStructureType/properties/userFullName" }, "requestUserTypeIdentifier": { "type": "integer", "format": "int32", "x-location": "#/components/schemas/RequestUserStructureType/properties/requestUserTypeIdentifier" }, "userIdentifier": { "type": "string", "minLength": 1, "maxLength": 255, "x-location": "#/components/schemas/RequestUserStructureType/properties/userIdentifier" }, "userEmail": { "x-personal-data": "email", "type": "string", "x-location": "#/components/schemas/RequestUserStructureType/properties/userEmail" } }, "x-location": "#/components/schemas/RequestUserStructureType" };
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.userFullName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "userFullName" }, message: "must have required property 'userFullName'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.requestUserTypeIdentifier === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requestUserTypeIdentifier" }, message: "must have required property 'requestUserTypeIdentifier'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.userIdentifier === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "userIdentifier" }, message: "must have required property 'userIdentifier'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "userFullName" || key0 === "requestUserTypeIdentifier" || key0 === "userIdentifier" || key0 === "userEmail")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.userFullName !== void 0) {
      let data0 = data.userFullName;
      if (typeof data0 === "string") {
        if (func3(data0) > 140) {
          const err4 = { instancePath: instancePath + "/userFullName", schemaPath: "#/properties/userFullName/maxLength", keyword: "maxLength", params: { limit: 140 }, message: "must NOT have more than 140 characters", schema: 140, parentSchema: schema40.properties.userFullName, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func3(data0) < 1) {
          const err5 = { instancePath: instancePath + "/userFullName", schemaPath: "#/properties/userFullName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.properties.userFullName, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/userFullName", schemaPath: "#/properties/userFullName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.userFullName.type, parentSchema: schema40.properties.userFullName, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.requestUserTypeIdentifier !== void 0) {
      let data1 = data.requestUserTypeIdentifier;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err7 = { instancePath: instancePath + "/requestUserTypeIdentifier", schemaPath: "#/properties/requestUserTypeIdentifier/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.properties.requestUserTypeIdentifier.type, parentSchema: schema40.properties.requestUserTypeIdentifier, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (!formats0.validate(data1)) {
          const err8 = { instancePath: instancePath + "/requestUserTypeIdentifier", schemaPath: "#/properties/requestUserTypeIdentifier/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"', schema: "int32", parentSchema: schema40.properties.requestUserTypeIdentifier, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.userIdentifier !== void 0) {
      let data2 = data.userIdentifier;
      if (typeof data2 === "string") {
        if (func3(data2) > 255) {
          const err9 = { instancePath: instancePath + "/userIdentifier", schemaPath: "#/properties/userIdentifier/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: schema40.properties.userIdentifier, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (func3(data2) < 1) {
          const err10 = { instancePath: instancePath + "/userIdentifier", schemaPath: "#/properties/userIdentifier/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.properties.userIdentifier, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/userIdentifier", schemaPath: "#/properties/userIdentifier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.userIdentifier.type, parentSchema: schema40.properties.userIdentifier, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.userEmail !== void 0) {
      let data3 = data.userEmail;
      if (typeof data3 !== "string") {
        const err12 = { instancePath: instancePath + "/userEmail", schemaPath: "#/properties/userEmail/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.userEmail.type, parentSchema: schema40.properties.userEmail, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.type, parentSchema: schema40, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate102.errors = vErrors;
  return errors === 0;
}
var schema41 = { "type": "object", "description": "The organisation the user belongs to (STAR SOAP-era shape).", "additionalProperties": false, "required": ["organisationTypeIdentifier", "organisationCode"], "properties": { "organisationTypeIdentifier": { "type": "integer", "format": "int32", "x-location": "#/components/schemas/RequestOrganisationStructureType/properties/organisationTypeIdentifier" }, "organisationCode": { "type": "string", "pattern": "^(-1|[0-9]{1,8})$", "description": "-1, or 1 to 8 digits.", "x-location": "#/components/schemas/RequestOrganisationStructureType/properties/organisationCode" } }, "x-location": "#/components/schemas/RequestOrganisationStructureType" };
var pattern2 = new RegExp("^(-1|[0-9]{1,8})$", "u");
function validate104(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.organisationTypeIdentifier === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "organisationTypeIdentifier" }, message: "must have required property 'organisationTypeIdentifier'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.organisationCode === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "organisationCode" }, message: "must have required property 'organisationCode'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "organisationTypeIdentifier" || key0 === "organisationCode")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.organisationTypeIdentifier !== void 0) {
      let data0 = data.organisationTypeIdentifier;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err3 = { instancePath: instancePath + "/organisationTypeIdentifier", schemaPath: "#/properties/organisationTypeIdentifier/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.organisationTypeIdentifier.type, parentSchema: schema41.properties.organisationTypeIdentifier, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (!formats0.validate(data0)) {
          const err4 = { instancePath: instancePath + "/organisationTypeIdentifier", schemaPath: "#/properties/organisationTypeIdentifier/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"', schema: "int32", parentSchema: schema41.properties.organisationTypeIdentifier, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.organisationCode !== void 0) {
      let data1 = data.organisationCode;
      if (typeof data1 === "string") {
        if (!pattern2.test(data1)) {
          const err5 = { instancePath: instancePath + "/organisationCode", schemaPath: "#/properties/organisationCode/pattern", keyword: "pattern", params: { pattern: "^(-1|[0-9]{1,8})$" }, message: 'must match pattern "^(-1|[0-9]{1,8})$"', schema: "^(-1|[0-9]{1,8})$", parentSchema: schema41.properties.organisationCode, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/organisationCode", schemaPath: "#/properties/organisationCode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.organisationCode.type, parentSchema: schema41.properties.organisationCode, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate104.errors = vErrors;
  return errors === 0;
}
function validate101(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.requestUserStructure === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requestUserStructure" }, message: "must have required property 'requestUserStructure'", schema: schema39.required, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.requestOrganisationStructure === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requestOrganisationStructure" }, message: "must have required property 'requestOrganisationStructure'", schema: schema39.required, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.registrationDateTime === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "registrationDateTime" }, message: "must have required property 'registrationDateTime'", schema: schema39.required, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "requestUserStructure" || key0 === "requestOrganisationStructure" || key0 === "registrationDateTime")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.requestUserStructure !== void 0) {
      if (!validate102(data.requestUserStructure, { instancePath: instancePath + "/requestUserStructure", parentData: data, parentDataProperty: "requestUserStructure", rootData })) {
        vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
        errors = vErrors.length;
      }
    }
    if (data.requestOrganisationStructure !== void 0) {
      if (!validate104(data.requestOrganisationStructure, { instancePath: instancePath + "/requestOrganisationStructure", parentData: data, parentDataProperty: "requestOrganisationStructure", rootData })) {
        vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
        errors = vErrors.length;
      }
    }
    if (data.registrationDateTime !== void 0) {
      let data2 = data.registrationDateTime;
      if (typeof data2 === "string") {
        if (!formats4.validate(data2)) {
          const err4 = { instancePath: instancePath + "/registrationDateTime", schemaPath: "#/properties/registrationDateTime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema39.properties.registrationDateTime, data: data2 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/registrationDateTime", schemaPath: "#/properties/registrationDateTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.registrationDateTime.type, parentSchema: schema39.properties.registrationDateTime, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate101.errors = vErrors;
  return errors === 0;
}
var schema42 = { "type": "object", "additionalProperties": false, "required": ["caseElementIdentifier"], "properties": { "caseElementIdentifier": { "type": "string", "format": "uuid", "x-location": "#/components/schemas/GetCaseElementRequestType/properties/caseElementIdentifier" } }, "x-location": "#/components/schemas/GetCaseElementRequestType" };
function validate107(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.caseElementIdentifier === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "caseElementIdentifier" }, message: "must have required property 'caseElementIdentifier'", schema: schema42.required, parentSchema: schema42, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "caseElementIdentifier")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.caseElementIdentifier !== void 0) {
      let data0 = data.caseElementIdentifier;
      if (typeof data0 === "string") {
        if (!formats16.test(data0)) {
          const err2 = { instancePath: instancePath + "/caseElementIdentifier", schemaPath: "#/properties/caseElementIdentifier/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"', schema: "uuid", parentSchema: schema42.properties.caseElementIdentifier, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/caseElementIdentifier", schemaPath: "#/properties/caseElementIdentifier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.caseElementIdentifier.type, parentSchema: schema42.properties.caseElementIdentifier, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate107.errors = vErrors;
  return errors === 0;
}
function validate98(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "activeOrganisationHeader" || key0 === "requestUserMetadataHeader" || key0 === "getCaseElementRequestType")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.activeOrganisationHeader !== void 0) {
      if (!validate99(data.activeOrganisationHeader, { instancePath: instancePath + "/activeOrganisationHeader", parentData: data, parentDataProperty: "activeOrganisationHeader", rootData })) {
        vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
        errors = vErrors.length;
      }
    }
    if (data.requestUserMetadataHeader !== void 0) {
      if (!validate101(data.requestUserMetadataHeader, { instancePath: instancePath + "/requestUserMetadataHeader", parentData: data, parentDataProperty: "requestUserMetadataHeader", rootData })) {
        vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
        errors = vErrors.length;
      }
    }
    if (data.getCaseElementRequestType !== void 0) {
      if (!validate107(data.getCaseElementRequestType, { instancePath: instancePath + "/getCaseElementRequestType", parentData: data, parentDataProperty: "getCaseElementRequestType", rootData })) {
        vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate98.errors = vErrors;
  return errors === 0;
}
exports.IsAliveRequest = validate109;
var schema43 = { "type": "object", "additionalProperties": false, "properties": { "activeOrganisationHeader": { "$ref": "#/components/schemas/ActiveOrganisationHeaderType", "x-location": "#/components/schemas/IsAliveRequest/properties/activeOrganisationHeader" }, "requestUserMetadataHeader": { "$ref": "#/components/schemas/RequestUserMetadataType", "x-location": "#/components/schemas/IsAliveRequest/properties/requestUserMetadataHeader" } }, "x-location": "#/components/schemas/IsAliveRequest" };
function validate109(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "activeOrganisationHeader" || key0 === "requestUserMetadataHeader")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.activeOrganisationHeader !== void 0) {
      if (!validate99(data.activeOrganisationHeader, { instancePath: instancePath + "/activeOrganisationHeader", parentData: data, parentDataProperty: "activeOrganisationHeader", rootData })) {
        vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
        errors = vErrors.length;
      }
    }
    if (data.requestUserMetadataHeader !== void 0) {
      if (!validate101(data.requestUserMetadataHeader, { instancePath: instancePath + "/requestUserMetadataHeader", parentData: data, parentDataProperty: "requestUserMetadataHeader", rootData })) {
        vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate109.errors = vErrors;
  return errors === 0;
}
exports.IsAliveResponse = validate112;
var schema44 = { "type": "object", "additionalProperties": false, "properties": { "isAliveResponseType": { "$ref": "#/components/schemas/IsAliveResponseType", "x-location": "#/components/schemas/IsAliveResponse/properties/isAliveResponseType" } }, "x-location": "#/components/schemas/IsAliveResponse" };
var schema45 = { "type": "object", "additionalProperties": false, "properties": { "isAlive": { "type": "boolean", "x-location": "#/components/schemas/IsAliveResponseType/properties/isAlive" } }, "x-location": "#/components/schemas/IsAliveResponseType" };
function validate113(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "isAlive")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.isAlive !== void 0) {
      let data0 = data.isAlive;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/isAlive", schemaPath: "#/properties/isAlive/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema45.properties.isAlive.type, parentSchema: schema45.properties.isAlive, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate113.errors = vErrors;
  return errors === 0;
}
function validate112(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "isAliveResponseType")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.isAliveResponseType !== void 0) {
      if (!validate113(data.isAliveResponseType, { instancePath: instancePath + "/isAliveResponseType", parentData: data, parentDataProperty: "isAliveResponseType", rootData })) {
        vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate112.errors = vErrors;
  return errors === 0;
}
exports.Problem = validate115;
var schema46 = { "type": "object", "description": "RFC 9457 problem details. The body of every error response; `errorCode` carries the STAR fault code where one applies.", "additionalProperties": false, "required": ["type", "title", "status", "detail"], "properties": { "type": { "type": "string", "description": "A URN naming the kind of problem, one per row of the error table.", "example": "urn:flexjob-contract:problem:case-not-found", "x-location": "#/components/schemas/Problem/properties/type" }, "title": { "type": "string", "minLength": 1, "description": "A short summary of the kind of problem; for STAR faults, the fault text.", "x-location": "#/components/schemas/Problem/properties/title" }, "status": { "type": "integer", "format": "int32", "minimum": 400, "maximum": 599, "description": "The HTTP status of the response.", "x-location": "#/components/schemas/Problem/properties/status" }, "detail": { "type": "string", "minLength": 1, "description": "What went wrong with this request.", "x-location": "#/components/schemas/Problem/properties/detail" }, "errorCode": { "$ref": "#/components/schemas/FlexjobErrorCode", "x-location": "#/components/schemas/Problem/properties/errorCode" }, "requestId": { "type": "string", "minLength": 1, "maxLength": 46, "description": "The request's `x-requestId`, when it had a well-formed one.", "x-location": "#/components/schemas/Problem/properties/requestId" }, "errors": { "type": "array", "maxItems": 50, "description": "The schema violations of a 400, each with where and which rule: every one, or the first 50 when there are more (`detail` then says how many there are in all).", "items": { "$ref": "#/components/schemas/ProblemError", "x-location": "#/components/schemas/Problem/properties/errors/items" }, "x-location": "#/components/schemas/Problem/properties/errors" } }, "x-location": "#/components/schemas/Problem" };
var schema47 = { "type": "integer", "format": "int32", "enum": [1011, 1014, 4575, 80002, 80003], "description": `STAR fault code. 1011 internal error; 1014 "The submitted message is not valid"; 4575 "You are not authorized to execute the operation"; 80002 "Bevillingen kunne ikke findes."; 80003 "Bevillingen er i status 'Ukendt'.".`, "x-location": "#/components/schemas/FlexjobErrorCode" };
function validate116(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema47.type, parentSchema: schema47, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === 1011 || data === 1014 || data === 4575 || data === 80002 || data === 80003)) {
    const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema47.enum }, message: "must be equal to one of the allowed values", schema: schema47.enum, parentSchema: schema47, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  if (typeof data == "number" && isFinite(data)) {
    if (!formats0.validate(data)) {
      const err2 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"', schema: "int32", parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  validate116.errors = vErrors;
  return errors === 0;
}
var schema48 = { "type": "object", "description": "One violation of the request's schema.", "additionalProperties": false, "required": ["path", "message"], "properties": { "path": { "type": "string", "description": "Where the violation is, e.g. `/body/getCaseElementRequestType/caseElementIdentifier` or `/headers/x-requestId`.", "x-location": "#/components/schemas/ProblemError/properties/path" }, "message": { "type": "string", "description": "The broken rule.", "x-location": "#/components/schemas/ProblemError/properties/message" } }, "x-location": "#/components/schemas/ProblemError" };
function validate118(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "path" || key0 === "message")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data0 = data.path;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.path.type, parentSchema: schema48.properties.path, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      let data1 = data.message;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.message.type, parentSchema: schema48.properties.message, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate118.errors = vErrors;
  return errors === 0;
}
function validate115(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.detail === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "detail" }, message: "must have required property 'detail'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "title" || key0 === "status" || key0 === "detail" || key0 === "errorCode" || key0 === "requestId" || key0 === "errors")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema46, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.type.type, parentSchema: schema46.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err6 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema46.properties.title, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.title.type, parentSchema: schema46.properties.title, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data2 = data.status;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err8 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema46.properties.status.type, parentSchema: schema46.properties.status, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 599 || isNaN(data2)) {
          const err9 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema46.properties.status, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data2 < 400 || isNaN(data2)) {
          const err10 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 400 }, message: "must be >= 400", schema: 400, parentSchema: schema46.properties.status, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!formats0.validate(data2)) {
          const err11 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"', schema: "int32", parentSchema: schema46.properties.status, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
    if (data.detail !== void 0) {
      let data3 = data.detail;
      if (typeof data3 === "string") {
        if (func3(data3) < 1) {
          const err12 = { instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema46.properties.detail, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.detail.type, parentSchema: schema46.properties.detail, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.errorCode !== void 0) {
      if (!validate116(data.errorCode, { instancePath: instancePath + "/errorCode", parentData: data, parentDataProperty: "errorCode", rootData })) {
        vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
        errors = vErrors.length;
      }
    }
    if (data.requestId !== void 0) {
      let data5 = data.requestId;
      if (typeof data5 === "string") {
        if (func3(data5) > 46) {
          const err14 = { instancePath: instancePath + "/requestId", schemaPath: "#/properties/requestId/maxLength", keyword: "maxLength", params: { limit: 46 }, message: "must NOT have more than 46 characters", schema: 46, parentSchema: schema46.properties.requestId, data: data5 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (func3(data5) < 1) {
          const err15 = { instancePath: instancePath + "/requestId", schemaPath: "#/properties/requestId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema46.properties.requestId, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/requestId", schemaPath: "#/properties/requestId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.requestId.type, parentSchema: schema46.properties.requestId, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.errors !== void 0) {
      let data6 = data.errors;
      if (Array.isArray(data6)) {
        if (data6.length > 50) {
          const err17 = { instancePath: instancePath + "/errors", schemaPath: "#/properties/errors/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: schema46.properties.errors, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate118(data6[i0], { instancePath: instancePath + "/errors/" + i0, parentData: data6, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/errors", schemaPath: "#/properties/errors/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema46.properties.errors.type, parentSchema: schema46.properties.errors, data: data6 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.type, parentSchema: schema46, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate115.errors = vErrors;
  return errors === 0;
}
function escapePointer(token) {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
function toViolation(error) {
  const params = error.params || {};
  const property = params.additionalProperty !== void 0 ? params.additionalProperty : params.missingProperty;
  const pointer = property === void 0 ? error.instancePath : error.instancePath + "/" + escapePointer(String(property));
  const where = error.parentSchema && error.parentSchema["x-location"] || error.schemaPath;
  const allowed = error.keyword === "enum" ? " (" + JSON.stringify(params.allowedValues) + ")" : "";
  return { pointer, rule: error.keyword + " at " + where, message: (error.message || error.keyword) + allowed };
}
var byName = Object.assign(/* @__PURE__ */ Object.create(null), exports);
exports.violationsOf = function violationsOf(schema, value) {
  const validate = byName[schema];
  if (typeof validate !== "function") throw new Error("no precompiled validator for " + schema);
  return validate(value) ? [] : (validate.errors || []).map(toViolation);
};
