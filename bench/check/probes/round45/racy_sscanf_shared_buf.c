/* TRUTH: racy — both threads sscanf a word into the same heap buffer held in a global pointer */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
char *word;
void *w(void *x){ sscanf((const char *)x, "%15s", word); return 0; }
int main(void){
  word = malloc(16);
  pthread_t a, b;
  pthread_create(&a,0,w,"alpha beta"); pthread_create(&b,0,w,"gamma delta");
  pthread_join(a,0); pthread_join(b,0);
  int c = word[0]; free(word); return c;
}
