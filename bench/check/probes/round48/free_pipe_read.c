/* TRUTH: free — the reader blocks in read() until main's write() of a byte, which main issues after its x = 1 (pipe transfer orders them, as TSan models it) */
#include <pthread.h>
#include <unistd.h>
int x; int fds[2];
void *t(void *a) {
  char c;
  while (read(fds[0], &c, 1) != 1) ;
  x++;
  return 0;
}
int main(void) {
  pthread_t th;
  if (pipe(fds)) return 1;
  pthread_create(&th, 0, t, 0);
  x = 1;
  if (write(fds[1], "g", 1) != 1) return 1;
  pthread_join(th, 0);
  return x;
}
