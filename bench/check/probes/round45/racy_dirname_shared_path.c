/* TRUTH: racy — POSIX dirname() may modify its argument (glibc writes a NUL into it); both threads pass the same global path via a pointer */
#include <pthread.h>
#include <libgen.h>
#include <string.h>
char pathbuf[64] = "/usr/local/lib/libweft.so";
char *path = pathbuf;
void *w(void *x){ char *d = dirname(path); return (void*)(long)d[0]; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,0); pthread_create(&b,0,w,0);
  pthread_join(a,0); pthread_join(b,0);
  return pathbuf[0];
}
