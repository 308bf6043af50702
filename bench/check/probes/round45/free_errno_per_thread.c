/* TRUTH: free — errno is thread-local in a multithreaded C11/POSIX program; each thread writes its own */
#include <pthread.h>
#include <errno.h>
#include <stdlib.h>
void *w(void *x){ errno = 0; strtol("99999999999999999999999", 0, 10); int e = errno; errno = 0; return (void*)(long)e; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,0); pthread_create(&b,0,w,0);
  errno = 5;
  pthread_join(a,0); pthread_join(b,0);
  return errno;
}
