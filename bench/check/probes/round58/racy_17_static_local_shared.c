/* TRUTH: racy — both threads call f1, whose static array buf is one object: both write buf[0..7] unsynchronized. */
#include <pthread.h>
static int f1(void) { static int buf[8]; for (int i = 0; i < 8; i++) buf[i] = i; return buf[7]; }
static int r1, r2;
static void *t1(void *p) { (void)p; r1 = f1(); return NULL; }
static void *t2(void *p) { (void)p; r2 = f1(); return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return r1 + r2;
}
