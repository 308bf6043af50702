/* TRUTH: racy — read(fd, &p[0], 4) fills buf[0..3]; B writes buf[2]; checker: element 0 only */
#include <pthread.h>
#include <unistd.h>
char buf[4];
int fds[2];
void *A(void *a){ char *p = a; if (read(fds[0], &p[0], 4) != 4) return a; return 0; }
void *B(void *a){ char *p = a; p[2] = 'x'; return 0; }
int main(void){ pthread_t t1,t2; if (pipe(fds) || write(fds[1], "abcd", 4) != 4) return 1;
  pthread_create(&t1,0,A,buf); pthread_create(&t2,0,B,buf);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
