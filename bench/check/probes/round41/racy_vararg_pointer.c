/* TRUTH: racy — setv takes &g through varargs and writes it (line 6) in t1 while t2 writes g (line 8). */
#include <pthread.h>
#include <stdarg.h>
int g;
static void setv(int n, ...) { va_list ap; va_start(ap, n); int *p = va_arg(ap, int *);
  *p = n; va_end(ap); }
void *t1(void *a) { setv(1, &g); return 0; }
void *t2(void *a) { g = 2; return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return g; }
