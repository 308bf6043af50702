/* TRUTH: racy. x is written at done before any of the three threads (read x) is joined. */
#include <pthread.h>
int x;
void *f(void *a) { int v = x; (void)v; return 0; }
int main(void) {
    pthread_t t[3];
    int i = 0;
loop:
    if (i == 3)
        goto done;
    pthread_create(&t[i], 0, f, 0);
    i++;
    goto loop;
done:
    x = 1;
    for (i = 0; i < 3; i++)
        pthread_join(t[i], 0);
    return 0;
}
