/* TRUTH: free — recursive tree insertion; every call path into the tree holds tree_lock, taken once by the public wrapper */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct node { int key; struct node *left, *right; };
static struct node *root;
static int size;
static pthread_mutex_t tree_lock = PTHREAD_MUTEX_INITIALIZER;

static struct node *insert_rec(struct node *n, int key) {
  if (!n) {
    n = calloc(1, sizeof *n);
    if (!n) abort();
    n->key = key;
    size++;
    return n;
  }
  if (key < n->key) n->left = insert_rec(n->left, key);
  else if (key > n->key) n->right = insert_rec(n->right, key);
  return n;
}

static void insert(int key) {
  pthread_mutex_lock(&tree_lock);
  root = insert_rec(root, key);
  pthread_mutex_unlock(&tree_lock);
}

static void *inserter(void *arg) {
  int base = (int)(long)arg;
  for (int i = 0; i < 50; i++) insert((base + i * 37) % 101);
  return NULL;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, inserter, (void *)1L);
  pthread_create(&b, NULL, inserter, (void *)2L);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  printf("%d\n", size);
  return 0;
}
