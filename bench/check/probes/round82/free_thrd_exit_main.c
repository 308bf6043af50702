/* TRUTH: free — thrd_exit in main terminates the main thread; the write after is unreachable */
#include <threads.h>
int g;
int t(void *a) { g = 1; return 0; }
int main(void) {
  thrd_t th; thrd_create(&th, t, 0);
  thrd_exit(0);
  g = 2;
  return 0;
}
