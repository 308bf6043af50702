// A return inside a loop: what follows the loop runs only on the runs where no pass
// returned. A return on a value every run computes alike (for (i = 0; i < 10; i++) if (i
// == 3) return NULL;) may happen on every run: what follows is only possibly reached.
// A return on a failure (an allocation's null, p declared in the loop's body) is an error
// path: what follows is surely reached.
#include <pthread.h>
#include <stdlib.h>

static int after_return, after_failure;

static void *returns_early(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10; i++)
        if (i == 3)
            return NULL;
    after_return = 1; // RACE (possible): never reached, but not proved so
    return NULL;
}

static void *returns_on_failure(void *arg)
{
    (void)arg;
    for (int i = 0; i < 3; i++) {
        int *p = malloc(sizeof *p);
        if (!p)
            return NULL;
        free(p);
    }
    after_failure = 1; // RACE (definite)
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, returns_early, NULL);
    pthread_create(&b, NULL, returns_on_failure, NULL);
    after_return = after_failure = 2;
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
