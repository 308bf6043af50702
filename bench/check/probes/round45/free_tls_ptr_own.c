/* TRUTH: free — each thread takes the address of its own __thread buffer and writes through it */
#include <pthread.h>
#include <string.h>
__thread char tbuf[32];
static char *my_buf(void){ return tbuf; }
void *w(void *x){ char *p = my_buf(); memset(p, 'a', 31); p[31] = 0; return (void*)(long)strlen(p); }
int main(void){
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i],0,w,0);
  w(0);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return 0;
}
