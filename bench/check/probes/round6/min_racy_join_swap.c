/* TRUTH: racy. After a = b, join(a) joins the idle thread; the writer of x still runs when main reads x. */
#include <pthread.h>
int x;
void *wr(void *p) { (void)p; x = 1; return 0; }
void *idle(void *p) { return p; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, wr, 0); pthread_create(&b, 0, idle, 0); a = b; pthread_join(a, 0); return x; }
