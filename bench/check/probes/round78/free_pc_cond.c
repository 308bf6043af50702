/* TRUTH: free — ring buffer buf/head/tail/count accessed only under mutex m; condvars used for waiting */
#include <pthread.h>
#include <stdio.h>
#define CAP 8
#define ITEMS 200
struct ring { int buf[CAP]; int head, tail, count; pthread_mutex_t m; pthread_cond_t notfull, notempty; };
static void put(struct ring *r, int v) {
  pthread_mutex_lock(&r->m);
  while (r->count == CAP) pthread_cond_wait(&r->notfull, &r->m);
  r->buf[r->tail] = v; r->tail = (r->tail + 1) % CAP; r->count++;
  pthread_cond_signal(&r->notempty);
  pthread_mutex_unlock(&r->m);
}
static int get(struct ring *r) {
  pthread_mutex_lock(&r->m);
  while (r->count == 0) pthread_cond_wait(&r->notempty, &r->m);
  int v = r->buf[r->head]; r->head = (r->head + 1) % CAP; r->count--;
  pthread_cond_signal(&r->notfull);
  pthread_mutex_unlock(&r->m);
  return v;
}
static void *prod(void *a) { struct ring *r = a; for (int i = 0; i < ITEMS; i++) put(r, i); return 0; }
static void *cons(void *a) { struct ring *r = a; long s = 0; for (int i = 0; i < ITEMS; i++) s += get(r); return (void *)s; }
int main(void) {
  static struct ring r = { .m = PTHREAD_MUTEX_INITIALIZER, .notfull = PTHREAD_COND_INITIALIZER, .notempty = PTHREAD_COND_INITIALIZER };
  pthread_t p, c; void *res;
  pthread_create(&p, 0, prod, &r); pthread_create(&c, 0, cons, &r);
  pthread_join(p, 0); pthread_join(c, &res);
  printf("%ld\n", (long)res);
  return 0;
}
