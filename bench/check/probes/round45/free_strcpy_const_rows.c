/* TRUTH: free — thread A strcpy's into names[0], thread B into names[1] (short strings, no overflow) */
#include <pthread.h>
#include <string.h>
char names[2][16];
void *wa(void *x){ strcpy(names[0], "alice"); return 0; }
void *wb(void *x){ strcpy(names[1], "bob"); return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,wa,0); pthread_create(&b,0,wb,0);
  pthread_join(a,0); pthread_join(b,0);
  return names[0][0] + names[1][0];
}
