/* TRUTH: racy — longjmp returns to the setjmp point after p = &B; the second pass takes d from B while m stays A's */
#include <pthread.h>
#include <stdlib.h>
struct s { pthread_mutex_t mutex; int datum; struct s *next; };
static struct s A = {PTHREAD_MUTEX_INITIALIZER, 0, 0}, B = {PTHREAD_MUTEX_INITIALIZER, 0, 0};
/* the other thread updates B under B's own mutex */
static void *other(void *arg) {
  struct s *o = arg;
  pthread_mutex_lock(&o->mutex); o->datum++; pthread_mutex_unlock(&o->mutex);
  return 0;
}
#include <setjmp.h>
static jmp_buf env;
static void work(void) {
  struct s *volatile p = &A;
  volatile int pass = 0;
  pthread_mutex_t *volatile m = &p->mutex;
  int *d;
  setjmp(env);
  d = &p->datum;
  pthread_mutex_lock(m); (*d)++; pthread_mutex_unlock(m);
  p = &B;
  if (pass++ == 0) longjmp(env, 1);
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, other, &B);
  work();
  pthread_join(t, 0);
  return 0;
}
