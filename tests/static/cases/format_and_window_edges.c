// Edges of the library-call rules: a length running past a nested struct reaches the
// enclosing struct's next field (memset(&job.timing.end, 0, sizeof end + sizeof retries));
// glibc's %m takes no argument, so &pos is %n's; a constant index into a format table is
// that entry only (fmts[PLAIN] converts %p: nothing read or written); with a format not
// known, a pointer printed is not read as a string ((void *)&seen). Before, the window
// stopped at the nested struct's end, %m took &pos, the table's %n entry wrote tally, and
// printf(fmt, (void *)&seen) read seen for sure.
#include <pthread.h>
#include <stdio.h>
#include <string.h>

struct timing { long start, end; };
struct job { struct timing timing; int retries; int spare; };
static struct job job;
static int pos, tally, seen;
enum { COLUMNS, PLAIN };
static const char *const fmts[] = { "%s%n\n", "%s (%p)\n" };

static void *worker(void *arg)
{
    (void)arg;
    job.retries = 3; // RACE (definite)
    job.spare = 1; // NORACE: past the window
    pos = 1; // RACE (definite)
    tally = 2; // NORACE: fmts[PLAIN] writes nothing
    seen = 3; // RACE (possible)
    return NULL;
}

int main(int argc, char **argv)
{
    pthread_t t;
    const char *fmt = argc > 5 ? argv[1] : "%p\n";
    pthread_create(&t, NULL, worker, NULL);
    memset(&job.timing.end, 0, sizeof job.timing.end + sizeof job.retries);
    fprintf(stderr, "open failed: %m at%n\n", &pos);
    printf(fmts[PLAIN], "tally", (void *)&tally);
    printf(fmt, (void *)&seen);
    pthread_join(t, NULL);
    return 0;
}
