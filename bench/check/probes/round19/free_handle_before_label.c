/* TRUTH: race-free. fa (writes y) is joined through its own handle before main writes y; the goto loop's threads touch nothing shared. */
#include <pthread.h>
int y;
void *fa(void *a) { y = 1; return 0; }
void *f(void *a) { return a; }
int main(void) {
    pthread_t a, t[3];
    int i = 0, j;
    pthread_create(&a, 0, fa, 0);
again:
    pthread_create(&t[i], 0, f, 0);
    if (++i < 3)
        goto again;
    for (j = 0; j < 3; j++)
        pthread_join(t[j], 0);
    pthread_join(a, 0);
    y = 2;
    return 0;
}
