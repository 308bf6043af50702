/* TRUTH: racy — reader copies the whole struct cfg (snapshot = shared) without lock while writer updates shared.b under a lock the reader doesn't take */
#include <pthread.h>
#include <stdio.h>
struct cfg { int a; int b; int c; } shared = { 1, 2, 3 };
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *writer(void *x) { for (int i = 0; i < 1000; i++) { pthread_mutex_lock(&m); shared.b = i; pthread_mutex_unlock(&m); } return 0; }
static void *reader(void *x) { long s = 0; for (int i = 0; i < 1000; i++) { struct cfg snap = shared; s += snap.a + snap.c; } return (void *)s; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, writer, 0); pthread_create(&t2, 0, reader, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  printf("%d\n", shared.b);
  return 0;
}
