/* TRUTH: racy. The worker writes field b of S through a char* offset
   (offsetof); main writes S.b directly. Same memory, no ordering. */
#include <pthread.h>
#include <stddef.h>
struct pair { int a; int b; };
struct pair S;
void *worker(void *arg) {
  char *base = (char *)&S;
  *(int *)(base + offsetof(struct pair, b)) = 7;
  return NULL;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  S.b = 1;
  pthread_join(t, NULL);
  return S.b;
}
