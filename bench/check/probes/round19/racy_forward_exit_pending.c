/* TRUTH: racy. The goto to done is taken on pass 2, after f (reads x) was started; done writes x before joining f. */
#include <pthread.h>
int x;
void *f(void *a) { int v = x; (void)v; return 0; }
int main(void) {
    pthread_t t;
    int i = 0;
loop:
    if (i > 0)
        goto done;
    pthread_create(&t, 0, f, 0);
    i = 1;
    if (i == 1)
        goto loop;
    return 0;
done:
    x = 1;
    pthread_join(t, 0);
    return 0;
}
