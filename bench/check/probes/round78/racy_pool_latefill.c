/* TRUTH: racy — main writes tk->in after publishing the task on the list (after unlock); a worker may already read tk->in */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define W 3
#define M 40
struct task { int in; long *out; struct task *next; };
struct task *head; int done;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_cond_t c = PTHREAD_COND_INITIALIZER;
long outs[M];
static void *worker(void *arg) {
  for (;;) {
    pthread_mutex_lock(&m);
    while (!head && !done) pthread_cond_wait(&c, &m);
    struct task *tk = head;
    if (tk) head = tk->next;
    pthread_mutex_unlock(&m);
    if (!tk) break;
    *tk->out = (long)tk->in * 3;
    free(tk);
  }
  return 0;
}
int main(void) {
  pthread_t t[W];
  for (int i = 0; i < W; i++) pthread_create(&t[i], 0, worker, 0);
  for (int i = 0; i < M; i++) {
    struct task *tk = malloc(sizeof *tk);
    tk->out = &outs[i];
    pthread_mutex_lock(&m); tk->next = head; head = tk; pthread_cond_signal(&c); pthread_mutex_unlock(&m);
    tk->in = i;
  }
  pthread_mutex_lock(&m); done = 1; pthread_cond_broadcast(&c); pthread_mutex_unlock(&m);
  for (int i = 0; i < W; i++) pthread_join(t[i], 0);
  long s = 0; for (int i = 0; i < M; i++) s += outs[i];
  printf("%ld\n", s);
  return 0;
}
