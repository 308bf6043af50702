// Joins that do not join every thread of an array of handles: what main does next still races.
#include <pthread.h>

int a, b, c;

static void *wa(void *arg) { (void)arg; a = 1; return NULL; } // RACE
static void *wb(void *arg) { (void)arg; b = 1; return NULL; } // RACE
static void *wc(void *arg) { (void)arg; c = 1; return NULL; } // RACE (definite): the counting loop starts four that run at once

int main(void)
{
    pthread_t ta[4], tb[2], tc[4];
    for (int i = 0; i < 4; i++)
        pthread_create(&ta[i], NULL, wa, NULL);
    for (int i = 0; i < 3; i++)
        pthread_join(ta[i], NULL); /* ta[3] still runs */
    a = 2; // RACE
    pthread_create(&tb[0], NULL, wb, NULL);
    pthread_create(&tb[1], NULL, wb, NULL);
    pthread_join(tb[0], NULL);
    b = 2; // RACE: tb[1] still runs
    pthread_join(tb[1], NULL);
    for (int i = 0; i < 4; i++)
        pthread_create(&tc[i], NULL, wc, NULL);
    for (int i = 0; i < 4; i++)
        pthread_join(tc[i], NULL);
    c = 2; // NORACE: after joining all four
    pthread_join(ta[3], NULL);
    return a + b + c;
}
