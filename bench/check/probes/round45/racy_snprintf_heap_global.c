/* TRUTH: racy — both threads snprintf into the same malloc'd buffer reached through a global pointer */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
char *msgbuf;
void *w(void *x){ snprintf(msgbuf, 32, "id=%ld", (long)x); return 0; }
int main(void){
  msgbuf = malloc(32);
  pthread_t a, b;
  pthread_create(&a,0,w,(void*)1L); pthread_create(&b,0,w,(void*)2L);
  pthread_join(a,0); pthread_join(b,0);
  int c = msgbuf[3]; free(msgbuf); return c;
}
