/* TRUTH: free — thread A memsets row 0 of buf (exactly one row), thread B memsets row 1 */
#include <pthread.h>
#include <string.h>
char buf[2][32];
void *wa(void *x){ memset(buf[0], 'a', sizeof buf[0]); return 0; }
void *wb(void *x){ memset(buf[1], 'b', sizeof buf[1]); return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,wa,0); pthread_create(&b,0,wb,0);
  pthread_join(a,0); pthread_join(b,0);
  return buf[0][0] + buf[1][31];
}
