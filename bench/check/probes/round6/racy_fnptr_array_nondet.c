/* TRUTH: racy. Both threads pick ops[rand()%2]; unlocked_inc may run in both (or with locked_inc). */
#include <pthread.h>
#include <stdlib.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
static void locked_inc(void) { pthread_mutex_lock(&m); x++; pthread_mutex_unlock(&m); }
static void unlocked_inc(void) { x++; }
void (*ops[2])(void) = { locked_inc, unlocked_inc };
void *w(void *a) { unsigned s = (unsigned)(long)a; ops[rand_r(&s) % 2](); return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, w, (void *)1); pthread_create(&b, 0, w, (void *)2);
  pthread_join(a, 0); pthread_join(b, 0); return x; }
