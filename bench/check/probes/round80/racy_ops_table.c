/* TRUTH: racy — ops->stop is a no-op, so main reads x while worker writes */
#include <pthread.h>
struct ops { void (*start)(void); void (*stop)(void); };
int x; pthread_t th;
static void *w(void *p){ x = 5; return 0; }
static void st(void){ pthread_create(&th,0,w,0); }
static void sp(void){ }
static const struct ops O = { st, sp };
int main(void){ const struct ops *o = &O; o->start(); o->stop(); int r = x; pthread_join(th,0); return r; }
