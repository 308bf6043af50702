/* weft_strerror: the text of an errno value or of one of weft's own error codes. */
#include "weft_error.h"

#include <string.h>

const char *weft_strerror(int err)
{
    if (err < 0)
        err = -err;
    switch (err) {
    case WEFT_ENOTREG:
        return "not a regular file (a trace is a SQLite file)";
    }
    return strerror(err);
}
