/* TRUTH: racy — A read()s 8 bytes from a pipe into &p[0] (buf[0..7]); B writes p[3] */
#include <pthread.h>
#include <unistd.h>
char buf[8];
int fds[2];
void *A(void *a){ char *p = a; if (read(fds[0], &p[0], 8) != 8) return (void*)1; return 0; }
void *B(void *a){ char *p = a; p[3] = 'x'; return 0; }
int main(void){ pthread_t t1,t2; if (pipe(fds)) return 1; if (write(fds[1], "abcdefgh", 8) != 8) return 1;
  pthread_create(&t1,0,A,buf); pthread_create(&t2,0,B,buf);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
