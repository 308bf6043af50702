// free: bounded stack; push/pop are __VERIFIER_atomic_ functions (atomic); main inspects top only after joining.
#include <pthread.h>
extern void reach_error(void);
extern int __VERIFIER_nondet_int(void);
#define SIZE 8
static int stack[SIZE];
static int top;
int __VERIFIER_atomic_push(int v) {
  if (top == SIZE) return -1;
  stack[top++] = v;
  return 0;
}
int __VERIFIER_atomic_pop(int *out) {
  if (top == 0) return -1;
  *out = stack[--top];
  return 0;
}
static void *producer(void *a) {
  for (int i = 0; i < SIZE; i++) __VERIFIER_atomic_push(__VERIFIER_nondet_int());
  return 0;
}
static void *consumer(void *a) {
  int v;
  for (int i = 0; i < SIZE; i++) __VERIFIER_atomic_pop(&v);
  return 0;
}
int main(void) {
  pthread_t p, c;
  pthread_create(&p, 0, producer, 0);
  pthread_create(&c, 0, consumer, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  if (top < 0 || top > SIZE) reach_error();
  return 0;
}
