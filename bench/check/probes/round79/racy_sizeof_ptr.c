/* TRUTH: racy — T2 writes b[7], within sizeof(char*) bytes */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
char b[16]; char *p=b;
void *t1(void *arg){ (void)arg; memset(p, 0, sizeof p); return 0; }
void *t2(void *arg){ (void)arg; b[7] = 'x'; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
