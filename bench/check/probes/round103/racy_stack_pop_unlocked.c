/* TRUTH: racy — push takes the lock but pop reads/writes 'top' and 'stack' without it */
#include <pthread.h>
#define SZ 8

int stack[SZ];
int top;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

void push(int v) {
  pthread_mutex_lock(&m);
  if (top < SZ) stack[top++] = v;
  pthread_mutex_unlock(&m);
}

int pop(void) {
  if (top == 0) return -1;
  top--;
  return stack[top];
}

void *pusher(void *arg) { for (int i = 0; i < 3; i++) push(i); return 0; }
void *popper(void *arg) { for (int i = 0; i < 3; i++) pop(); return 0; }

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, pusher, 0);
  pthread_create(&b, 0, popper, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
