/* TRUTH: free — push and pop both hold 'm' around every access to top and stack[] */
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
  int r = -1;
  pthread_mutex_lock(&m);
  if (top > 0) r = stack[--top];
  pthread_mutex_unlock(&m);
  return r;
}

void *pusher(void *arg) { for (int i = 0; i < 3; i++) push(i); return 0; }
void *popper(void *arg) { for (int i = 0; i < 3; i++) pop(); return 0; }

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, pusher, 0);
  pthread_create(&b, 0, popper, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return top;
}
