/* TRUTH: race-free. GNU computed-goto loop; each pass joins f before the next write of x. */
#include <pthread.h>
int x;
void *f(void *a) { x = 2; return 0; }
int main(void) {
    static void *next[] = {&&again, &&done};
    pthread_t t;
    int i = 0;
again:
    x = i;
    pthread_create(&t, 0, f, 0);
    pthread_join(t, 0);
    i++;
    goto *next[i - 1 == 0 ? 0 : 1];
done:
    return 0;
}
