/* TRUTH: free — linked-list queue: nodes are filled before being enqueued under qlock; dequeued node is exclusively owned by the consumer */
#include <pthread.h>
#include <stdlib.h>
extern void abort(void);
void reach_error(void) { abort(); }

struct qnode { int v; struct qnode *next; };
struct qnode *qhead, *qtail;
int closed;
pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t qcond = PTHREAD_COND_INITIALIZER;

static void enqueue(int v) {
  struct qnode *n = malloc(sizeof *n);
  if (!n) abort();
  n->v = v;
  n->next = NULL;
  pthread_mutex_lock(&qlock);
  if (qtail) qtail->next = n; else qhead = n;
  qtail = n;
  pthread_cond_signal(&qcond);
  pthread_mutex_unlock(&qlock);
}

static struct qnode *dequeue(void) {
  struct qnode *n;
  pthread_mutex_lock(&qlock);
  while (!qhead && !closed) pthread_cond_wait(&qcond, &qlock);
  n = qhead;
  if (n) {
    qhead = n->next;
    if (!qhead) qtail = NULL;
  }
  pthread_mutex_unlock(&qlock);
  return n;
}

void *producer(void *a) {
  int i;
  for (i = 1; i <= 3; i++) enqueue(i);
  pthread_mutex_lock(&qlock);
  closed = 1;
  pthread_cond_broadcast(&qcond);
  pthread_mutex_unlock(&qlock);
  return 0;
}

void *consumer(void *a) {
  struct qnode *n;
  int sum = 0;
  while ((n = dequeue()) != NULL) {
    sum += n->v;
    n->v = 0;
    free(n);
  }
  if (sum != 6) reach_error();
  return 0;
}

int main(void) {
  pthread_t p, c;
  pthread_create(&p, 0, producer, 0);
  pthread_create(&c, 0, consumer, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return 0;
}
