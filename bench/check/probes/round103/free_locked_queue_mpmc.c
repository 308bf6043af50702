/* TRUTH: free — two producers and two consumers use non-blocking enqueue/dequeue that hold 'qm' around all queue state */
#include <pthread.h>
#define CAP 4

int q[CAP];
int head, tail, size;
pthread_mutex_t qm = PTHREAD_MUTEX_INITIALIZER;

int enqueue(int v) {
  int ok = 0;
  pthread_mutex_lock(&qm);
  if (size < CAP) { q[tail] = v; tail = (tail + 1) % CAP; size++; ok = 1; }
  pthread_mutex_unlock(&qm);
  return ok;
}

int dequeue(int *v) {
  int ok = 0;
  pthread_mutex_lock(&qm);
  if (size > 0) { *v = q[head]; head = (head + 1) % CAP; size--; ok = 1; }
  pthread_mutex_unlock(&qm);
  return ok;
}

void *prod(void *arg) { for (int i = 0; i < 3; i++) enqueue(i); return 0; }
void *cons(void *arg) { int v, s = 0; for (int i = 0; i < 3; i++) if (dequeue(&v)) s += v; return (void *)(long)s; }

int main(void) {
  pthread_t t[4];
  pthread_create(&t[0], 0, prod, 0);
  pthread_create(&t[1], 0, cons, 0);
  pthread_create(&t[2], 0, prod, 0);
  pthread_create(&t[3], 0, cons, 0);
  for (int i = 0; i < 4; i++)
    pthread_join(t[i], 0);
  return size;
}
