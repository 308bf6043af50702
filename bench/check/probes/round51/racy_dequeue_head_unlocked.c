/* TRUTH: racy — enqueue modifies the ring under qlock, but dequeue reads/advances head and count without it */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
void reach_error(void) { abort(); }
#define CAP 4
int ring[CAP];
int head, tail, count;
pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;

static int enqueue(int v)
{
  pthread_mutex_lock(&qlock);
  if (count == CAP) {
    pthread_mutex_unlock(&qlock);
    return -1;
  }
  ring[tail] = v;
  tail = (tail + 1) % CAP;
  count++;
  pthread_mutex_unlock(&qlock);
  return 0;
}

static int dequeue(int *out)
{
  if (count == 0)
    return -1;
  *out = ring[head];
  head = (head + 1) % CAP;
  count--;
  return 0;
}

void *prod(void *a)
{
  for (int i = 0; i < 3; i++)
    enqueue(__VERIFIER_nondet_int());
  return 0;
}

void *cons(void *a)
{
  int v;
  for (int i = 0; i < 3; i++)
    if (dequeue(&v) == 0 && count < 0)
      reach_error();
  return 0;
}

int main(void)
{
  pthread_t p, c;
  pthread_create(&p, 0, prod, 0);
  pthread_create(&c, 0, cons, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return 0;
}
