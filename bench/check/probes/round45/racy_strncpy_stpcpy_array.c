/* TRUTH: racy — thread A strncpy's into title, thread B stpcpy's into the same global array */
#include <pthread.h>
#include <string.h>
char title[32];
void *wa(void *x){ strncpy(title, "first", sizeof title); return 0; }
void *wb(void *x){ stpcpy(title, "second"); return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,wa,0); pthread_create(&b,0,wb,0);
  pthread_join(a,0); pthread_join(b,0);
  return title[0];
}
