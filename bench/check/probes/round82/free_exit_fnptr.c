/* TRUTH: free — main calls exit through a function pointer, so the write after is unreachable */
#include <pthread.h>
#include <stdlib.h>
int g;
void *t(void *a) { g = 1; return 0; }
int main(void) {
  void (*quit)(int) = exit;
  pthread_t th; pthread_create(&th, 0, t, 0);
  quit(0);
  g = 2;
  pthread_join(th, 0); return 0;
}
