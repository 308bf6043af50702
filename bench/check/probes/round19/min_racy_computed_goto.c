/* TRUTH: racy. GNU computed-goto loop: pass 2 writes x while pass 1's f (writes x) may run. */
#include <pthread.h>
int x;
void *f(void *a) { x = 2; return 0; }
int main(void) {
    static void *next[] = {&&again, &&done};
    pthread_t t;
    int i = 0;
again:
    if (i == 1)
        x = 1;
    if (i == 0)
        pthread_create(&t, 0, f, 0);
    i++;
    goto *next[i - 1];
done:
    pthread_join(t, 0);
    return 0;
}
