/* TRUTH: race-free. with_locked() takes the mutex and the target as variadic args; both threads use m. */
#include <pthread.h>
#include <stdarg.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g;
static void with_locked(int n, ...) { va_list ap; va_start(ap, n);
  pthread_mutex_t *l = va_arg(ap, pthread_mutex_t *); int *p = va_arg(ap, int *);
  pthread_mutex_lock(l); *p += n; pthread_mutex_unlock(l); va_end(ap); }
void *w(void *a) { (void)a; with_locked(1, &m, &g); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); with_locked(2, &m, &g); pthread_join(t, 0); return g; }
