// INCOMPLETE: main run again through a function pointer (int (*again)(void) = main) starts
// threads on its second run that the pass does not follow, as a direct call of main does:
// the analysis says so (incomplete) rather than "race-free". Before, only a direct call of
// main was seen, and this racy program was said to be free of races.
#include <pthread.h>

static int rounds, x;
static pthread_t t;
int main(void);
static int (*volatile again)(void) = main;

static void *worker(void *arg)
{
    (void)arg;
    x++; // in fact races with main's second run, which the analysis does not follow
    return NULL;
}

int main(void)
{
    if (!rounds) {
        rounds = 1;
        pthread_create(&t, NULL, worker, NULL);
        return again();
    }
    x++;
    pthread_join(t, NULL);
    return 0;
}
