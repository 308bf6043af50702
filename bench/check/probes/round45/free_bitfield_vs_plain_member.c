/* TRUTH: free — a bit-field and an adjacent non-bit-field member are separate memory locations (C11 3.14) */
#include <pthread.h>
struct F { unsigned mode : 3; unsigned char level; } st;
void *w1(void *x){ st.mode = 5; return 0; }
void *w2(void *x){ st.level = 9; return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w1,0); pthread_create(&b,0,w2,0);
  pthread_join(a,0); pthread_join(b,0);
  return st.mode + st.level;
}
