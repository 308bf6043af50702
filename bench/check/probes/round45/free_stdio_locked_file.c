/* TRUTH: free — stdio functions lock the FILE internally; concurrent fprintf/fputs/fflush on stdout are not data races */
#include <pthread.h>
#include <stdio.h>
void *w(void *x){ fprintf(stdout, "thread %ld\n", (long)x); fputs("done\n", stdout); fflush(stdout); return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,(void*)1L); pthread_create(&b,0,w,(void*)2L);
  printf("main\n");
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
