/* TRUTH: racy — adjacent bit-fields of different declared types still form one memory location */
#include <pthread.h>
struct F { unsigned char lo : 3; unsigned short hi : 5; } st;
void *w1(void *x){ st.lo = 1; return 0; }
void *w2(void *x){ st.hi = 2; return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w1,0); pthread_create(&b,0,w2,0);
  pthread_join(a,0); pthread_join(b,0);
  return st.lo + st.hi;
}
