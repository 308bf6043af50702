/* TRUTH: free — n is always 3, so `if (n > 2) exit(0);` (line 27) always ends the program before b is created; only a writes x (line 10). */
#include <pthread.h>
#include <stdlib.h>

static int x;

static void *a(void *arg)
{
    (void)arg;
    x = 1;
    return NULL;
}

static void *b(void *arg)
{
    (void)arg;
    x = 2;
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, a, NULL);
    int n = 3;
    if (n > 2)
        exit(0);
    pthread_create(&t2, NULL, b, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return 0;
}
