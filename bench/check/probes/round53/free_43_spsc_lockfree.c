/* TRUTH: free — lock-free SPSC queue: head/tail atomic with release/acquire, slot written before tail release and read after acquire */
#include <pthread.h>
#include <stdatomic.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_43_spsc_lockfree.c", 5, "reach_error"); }
#define CAP 4
#define MSGS 8
int slots[CAP];
atomic_uint head, tail;

static int q_push(int v) {
  unsigned t = atomic_load_explicit(&tail, memory_order_relaxed);
  unsigned h = atomic_load_explicit(&head, memory_order_acquire);
  if (t - h == CAP) return 0;
  slots[t % CAP] = v;
  atomic_store_explicit(&tail, t + 1, memory_order_release);
  return 1;
}

static int q_pop(int *v) {
  unsigned h = atomic_load_explicit(&head, memory_order_relaxed);
  unsigned t = atomic_load_explicit(&tail, memory_order_acquire);
  if (h == t) return 0;
  *v = slots[h % CAP];
  atomic_store_explicit(&head, h + 1, memory_order_release);
  return 1;
}

void *producer(void *arg) {
  for (int i = 0; i < MSGS; ) if (q_push(i)) i++;
  return NULL;
}

void *consumer(void *arg) {
  int v, expect = 0;
  while (expect < MSGS) {
    if (q_pop(&v)) {
      if (v != expect) reach_error();
      expect++;
    }
  }
  return NULL;
}

int main(void) {
  pthread_t p, c;
  pthread_create(&p, NULL, producer, NULL);
  pthread_create(&c, NULL, consumer, NULL);
  pthread_join(p, NULL);
  pthread_join(c, NULL);
  return 0;
}
