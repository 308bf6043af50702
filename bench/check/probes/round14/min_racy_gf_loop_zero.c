/* racy: the loop runs zero times (n==0 when run without args), g stays 0, so w writes x concurrently with main */
#include <pthread.h>
int g; int x; int n;
void *w(void *a){
  for (int i = 0; i < n; i++) {
    if (g == 5) { } else return 0;
  }
  if (g == 0) x = 1;
  return 0;
}
int main(int argc, char **argv){ n = argc - 1; if (argc > 3) g = 5; pthread_t t; pthread_create(&t,0,w,0); x = 2; pthread_join(t,0); return x; }
