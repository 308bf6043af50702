/* TRUTH: racy — `extern int *alias __asm__("ip")` names the same symbol as ip; main stores &y into alias, so the thread writes y, as main does */
#include <pthread.h>
int x, y;
int *ip = &x;
extern int *alias __asm__("ip");
static void *w(void *a) { (void)a; *ip = 1; return 0; }
int main(void) {
    pthread_t t;
    alias = &y;
    pthread_create(&t, 0, w, 0);
    y = 2;
    pthread_join(t, 0);
    return x + y;
}
