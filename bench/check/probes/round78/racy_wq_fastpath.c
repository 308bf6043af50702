/* TRUTH: racy — worker's unlocked fast-path check reads q.next/q.n/q.shutdown without q.m while main writes q.n and other workers write q.next under q.m */
#include <pthread.h>
#include <stdio.h>
#include <sched.h>
#define W 3
#define M 30
struct queue { int items[M]; int n, next; int shutdown; pthread_mutex_t m; pthread_cond_t c; };
struct queue q = { .m = PTHREAD_MUTEX_INITIALIZER, .c = PTHREAD_COND_INITIALIZER };
int results[M];
static void *worker(void *arg) {
  for (;;) {
    if (q.next == q.n && !q.shutdown) sched_yield();
    pthread_mutex_lock(&q.m);
    while (q.next == q.n && !q.shutdown) pthread_cond_wait(&q.c, &q.m);
    if (q.next == q.n && q.shutdown) { pthread_mutex_unlock(&q.m); break; }
    int idx = q.next++;
    int v = q.items[idx];
    pthread_mutex_unlock(&q.m);
    results[idx] = v * v;
  }
  return 0;
}
int main(void) {
  pthread_t t[W];
  for (int i = 0; i < W; i++) pthread_create(&t[i], 0, worker, 0);
  for (int i = 0; i < M; i++) {
    pthread_mutex_lock(&q.m); q.items[q.n++] = i; pthread_cond_signal(&q.c); pthread_mutex_unlock(&q.m);
  }
  pthread_mutex_lock(&q.m); q.shutdown = 1; pthread_cond_broadcast(&q.c); pthread_mutex_unlock(&q.m);
  for (int i = 0; i < W; i++) pthread_join(t[i], 0);
  long s = 0; for (int i = 0; i < M; i++) s += results[i];
  printf("%ld\n", s);
  return 0;
}
